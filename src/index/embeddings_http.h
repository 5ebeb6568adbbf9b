// EmbeddingsHttp: one JSON POST over libcurl with explicit connect and total timeouts, for the
// embeddings client. The only file of this stage that includes curl.h. (The llm stage has its
// own transport; the stage graph does not let index depend on llm.)
//
// Thread-safety: Post may be called from many threads at once (one curl handle per call).
#pragma once

#include <chrono>
#include <string>

#include "core/result.h"
#include "core/secret.h"

namespace repopost::index {

struct EmbeddingsHttpRequest {
  std::string url;
  std::string body;      // JSON
  core::Secret api_key;  // sent as "Authorization: Bearer ..." when not empty
  std::chrono::milliseconds connect_timeout{2000};
  std::chrono::milliseconds total_timeout{30000};
};

struct EmbeddingsHttpResponse {
  long status = 0;
  std::string body;
};

// Transport failures are errors: kTimeout past a deadline, kProvider when the server cannot be
// reached. Any HTTP status is a response; the caller judges it. Redirects are not followed.
core::Result<EmbeddingsHttpResponse> PostEmbeddingsRequest(const EmbeddingsHttpRequest& request);

}  // namespace repopost::index
