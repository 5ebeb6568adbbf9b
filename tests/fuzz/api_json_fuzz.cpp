// libFuzzer target: the HTTP API's request-body parsers (server/api_json.h) never crash on any
// bytes: each returns a value or an error that names what was wrong, never an exception.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "server/api_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  namespace server = repopost::server;
  const auto named = [](const auto& parsed) {
    if (!parsed && parsed.error().message.empty()) std::abort();
  };
  named(server::ParseGenerateRequest(body));
  named(server::ParseCheckRequest(body));
  named(server::ParseRefineInput(body));
  named(server::ParseFeedbackInput(body));
  named(server::ParseBatchRequest(body));
  return 0;
}
