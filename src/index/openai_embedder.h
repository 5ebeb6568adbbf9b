// OpenAiEmbedder: embeddings from any OpenAI-compatible /v1/embeddings endpoint (OpenAI, Ollama,
// llama.cpp's server, vLLM) over libcurl. Wrap it in a CachingEmbedder so an unchanged chunk is
// never sent twice.
//
//   OpenAiEmbedderConfig config;
//   config.base_url = "http://127.0.0.1:11434/v1";   // the part before "/embeddings"
//   config.model = "nomic-embed-text";
//   OpenAiEmbedder embedder(config);
//   auto vectors = embedder.Embed({"first chunk", "second chunk"});
//
// Texts are sent in batches of config.batch_size, each one POST with the configured connect and
// total timeouts; no retries (the caller falls back to the hashed embedder). Returned vectors
// are L2-normalised here, whatever the server does. Thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

#include "core/secret.h"
#include "index/embedder.h"

namespace repopost::index {

struct OpenAiEmbedderConfig {
  std::string base_url;  // "https://api.openai.com/v1"; "/embeddings" is appended
  std::string model;
  core::Secret api_key;  // optional
  std::chrono::milliseconds connect_timeout{2000};
  std::chrono::milliseconds total_timeout{30000};
  std::size_t batch_size = 64;
};

class OpenAiEmbedder final : public Embedder {
 public:
  explicit OpenAiEmbedder(OpenAiEmbedderConfig config);

  // "<model>@<base_url>": the same model name on two servers may be two different models.
  std::string ModelId() const override;

  // Errors: kTimeout past the deadline; kUnauthorized on HTTP 401/403; kRateLimited on 429;
  // kProvider when unreachable, on any other non-2xx status, or on a malformed response.
  core::Result<std::vector<Embedding>> Embed(const std::vector<std::string>& texts) const override;

 private:
  core::Result<std::vector<Embedding>> EmbedBatch(const std::vector<std::string>& texts) const;

  OpenAiEmbedderConfig config_;
  std::string url_;
};

}  // namespace repopost::index
