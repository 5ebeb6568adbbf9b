// FakeScript: a JSON file that scripts a FakeLlmServer, for the standalone `fake_llm_server`
// executable used by CLI end-to-end tests:
//
//   {"reject_json_schema": false, "models_status": 200,
//    "default": {"kind": "answer", "content": "..."},
//    "replies": [{"kind": "status", "status": 429, "retry_after": "1"},
//                {"kind": "answer", "content": "...", "latency_ms": 50, "tokens_per_second": 200}]}
//
// Reply fields: kind (answer|status|hang|drop|malformed_json|context_length), content, status,
// retry_after, latency_ms, tokens_per_second, hang_ms, input_tokens, output_tokens.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "fake_llm_server/fake_llm_server.h"

namespace repopost::fake {

struct FakeScript {
  std::optional<FakeReply> default_reply;
  std::vector<FakeReply> replies;
  bool reject_json_schema = false;
  int models_status = 200;
};

core::Result<FakeScript> ParseFakeScript(std::string_view json_text);
void ApplyScript(const FakeScript& script, FakeLlmServer& server);

}  // namespace repopost::fake
