#include "index/openai_embedder.h"

#include <algorithm>

#include "index/embeddings_http.h"
#include "index/embeddings_wire.h"

namespace repopost::index {
namespace {

core::ErrorCode CodeForStatus(long status) {
  if (status == 401 || status == 403) return core::ErrorCode::kUnauthorized;
  if (status == 429) return core::ErrorCode::kRateLimited;
  return core::ErrorCode::kProvider;
}

}  // namespace

OpenAiEmbedder::OpenAiEmbedder(OpenAiEmbedderConfig config) : config_(std::move(config)) {
  std::string base = config_.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  url_ = base + "/embeddings";
  config_.batch_size = std::max<std::size_t>(1, config_.batch_size);
}

std::string OpenAiEmbedder::ModelId() const { return config_.model + "@" + config_.base_url; }

core::Result<std::vector<Embedding>> OpenAiEmbedder::Embed(
    const std::vector<std::string>& texts) const {
  std::vector<Embedding> out;
  out.reserve(texts.size());
  for (std::size_t begin = 0; begin < texts.size(); begin += config_.batch_size) {
    const std::size_t end = std::min(texts.size(), begin + config_.batch_size);
    const std::vector<std::string> batch(texts.begin() + static_cast<long>(begin),
                                         texts.begin() + static_cast<long>(end));
    core::Result<std::vector<Embedding>> vectors = EmbedBatch(batch);
    if (!vectors) return tl::unexpected(vectors.error());
    for (Embedding& vector : *vectors) out.push_back(std::move(vector));
  }
  return out;
}

core::Result<std::vector<Embedding>> OpenAiEmbedder::EmbedBatch(
    const std::vector<std::string>& texts) const {
  EmbeddingsHttpRequest request;
  request.url = url_;
  request.body = EmbeddingsRequestJson(config_.model, texts);
  request.api_key = config_.api_key;
  request.connect_timeout = config_.connect_timeout;
  request.total_timeout = config_.total_timeout;
  core::Result<EmbeddingsHttpResponse> response = PostEmbeddingsRequest(request);
  if (!response) return tl::unexpected(response.error());
  if (response->status < 200 || response->status >= 300) {
    std::string message =
        "The embeddings server at " + url_ + " answered HTTP " + std::to_string(response->status);
    const std::string detail = EmbeddingsErrorMessage(response->body);
    message += detail.empty() ? "." : ": " + detail.substr(0, 200) + ".";
    return core::Fail(CodeForStatus(response->status), std::move(message));
  }
  core::Result<std::vector<Embedding>> vectors =
      ParseEmbeddingsResponse(response->body, texts.size());
  if (!vectors) return vectors;
  for (Embedding& vector : *vectors) NormalizeL2(vector);
  return vectors;
}

}  // namespace repopost::index
