// ConnectionSocket: one accepted TCP connection, read and written under the deadlines the server
// holds every client to, so a slow client (slowloris) costs one thread for a bounded time:
//   - a deadline for the request line and headers, and another for the body (SetDeadline; the
//     HTTP adapter moves it when the headers are in);
//   - an inactivity limit per read and per write (a stalled peer fails the call);
//   - the idle time allowed between keep-alive requests (WaitForRequest).
// A read past the deadline fails and marks the socket expired, so the adapter can answer 408.
//
//   ConnectionSocket conn(fd, std::chrono::seconds(10), std::chrono::seconds(30));
//   conn.SetDeadline(ConnectionSocket::Clock::now() + std::chrono::seconds(10));
//   if (conn.WaitForRequest(std::chrono::seconds(10), stopping)) { conn.Read(buf, n); ... }
//
// Does not own `fd` (the caller closes it). One thread at a time, except PeerClosed and
// IsWritable, which are const and may be called while the owner waits.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace repopost::server {

class ConnectionSocket {
 public:
  using Clock = std::chrono::steady_clock;

  ConnectionSocket(int fd, std::chrono::milliseconds read_inactivity,
                   std::chrono::milliseconds write_inactivity);
  ConnectionSocket(const ConnectionSocket&) = delete;
  ConnectionSocket& operator=(const ConnectionSocket&) = delete;

  int fd() const { return fd_; }
  // The peer's numeric address ("127.0.0.1", "::1"; IPv4-mapped IPv6 shown as IPv4) and port.
  const std::string& remote_address() const { return remote_address_; }
  int remote_port() const { return remote_port_; }
  void LocalAddress(std::string& address, int& port) const;

  // Reads past `deadline` fail (and mark the socket expired). Clears the expired mark.
  void SetDeadline(Clock::time_point deadline);
  bool HasExpired() const { return is_expired_; }

  // Waits up to `idle` (and never past the deadline) for the next request's first byte. False on
  // timeout, when the peer closed, or as soon as `stopping()` is true (checked every 100 ms).
  bool WaitForRequest(std::chrono::milliseconds idle, const std::function<bool()>& stopping);
  // Bytes read (from a small buffer, refilled with recv); 0 when the peer closed; -1 on an error,
  // after the read inactivity limit, or past the deadline.
  ssize_t Read(char* out, std::size_t size);
  // All of `size` bytes, or -1 (error, peer gone, write inactivity limit).
  ssize_t Write(const char* data, std::size_t size);
  // True when buffered bytes are waiting or the socket becomes readable within the read limit.
  bool IsReadable() const;
  // False once the peer has closed or reset the connection; else waits for room to write.
  bool IsWritable() const;
  // True when the peer has closed its side (a FIN or a reset arrived), without consuming data.
  bool PeerClosed() const;

 private:
  // Waits for `events` until `until`; the poll revents, 0 on timeout, -1 on error.
  int Poll(short events, Clock::time_point until) const;

  int fd_;
  std::chrono::milliseconds read_inactivity_;
  std::chrono::milliseconds write_inactivity_;
  Clock::time_point deadline_ = Clock::time_point::max();
  bool is_expired_ = false;
  std::string remote_address_;
  int remote_port_ = 0;
  char buffer_[4096];
  std::size_t buffer_begin_ = 0;
  std::size_t buffer_end_ = 0;
};

}  // namespace repopost::server
