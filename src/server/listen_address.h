// ResolveListenAddress: the address `serve --host` names, resolved once with getaddrinfo the way
// the HTTP library binds it (the first stream address). Loopback is decided on that resolved
// address, never on the host string: "127.attacker.example" may resolve to 0.0.0.0, and then API
// keys are required. The server binds the numeric address it checked, so the name cannot
// resolve differently between the check and the bind.
//
//   auto address = server::ResolveListenAddress("localhost");  // {"127.0.0.1", true}
//
// Thread-safe (getaddrinfo is). May block on DNS for a host name.
#pragma once

#include <string>

#include "core/result.h"

namespace repopost::server {

struct ListenAddress {
  std::string numeric;       // "127.0.0.1", "::1", "0.0.0.0"
  bool is_loopback = false;  // 127.0.0.0/8, ::1 or an IPv4-mapped 127.0.0.0/8
};

// Errors: kUsage when the host does not resolve to any address.
core::Result<ListenAddress> ResolveListenAddress(const std::string& host);

}  // namespace repopost::server
