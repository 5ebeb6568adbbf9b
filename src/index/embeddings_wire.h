// The JSON of the OpenAI-compatible /v1/embeddings endpoint (OpenAI, Ollama, llama.cpp's server,
// vLLM), converted to and from native types here and nowhere else.
//
// Request:  {"model": "...", "input": ["text", ...]}
// Response: {"data": [{"index": 0, "embedding": [0.1, ...]}, ...], "model": "...", ...}
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "index/embedder.h"

namespace repopost::index {

std::string EmbeddingsRequestJson(std::string_view model, const std::vector<std::string>& inputs);

// The embeddings in input order (by each item's "index"). Fails (kProvider) naming the field
// when the JSON is malformed, an index is missing, repeated or out of range, or a vector is not
// an array of numbers; `expected_count` items are required.
core::Result<std::vector<Embedding>> ParseEmbeddingsResponse(std::string_view body,
                                                             std::size_t expected_count);

// The server's error message from an OpenAI-style error body ({"error": {"message": ...}} or
// {"error": "..."}), or "" when there is none.
std::string EmbeddingsErrorMessage(std::string_view body);

}  // namespace repopost::index
