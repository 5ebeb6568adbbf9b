#include "index/index_options.h"

#include <cmath>

namespace repopost::index {

core::Status IndexOptions::Validate() const {
  if (core::Status status = weights.Validate(); !status) return status;
  auto fail = [](const char* message) { return core::Fail(core::ErrorCode::kUsage, message); };
  if (max_chunk_words < 8) return fail("max_chunk_words must be at least 8.");
  if (!(bm25_k1 >= 0.0 && bm25_k1 <= 10.0)) return fail("bm25_k1 must be between 0 and 10.");
  if (!(bm25_b >= 0.0 && bm25_b <= 1.0)) return fail("bm25_b must be between 0 and 1.");
  if (!(rrf_k > 0.0 && std::isfinite(rrf_k))) return fail("rrf_k must be a positive number.");
  if (!(lexical_list_weight >= 0.0 && vector_list_weight >= 0.0 &&
        std::isfinite(lexical_list_weight) && std::isfinite(vector_list_weight))) {
    return fail("lexical_list_weight and vector_list_weight must be finite and at least 0.");
  }
  if (fusion_depth == 0) return fail("fusion_depth must be at least 1.");
  if (!(min_vector_similarity >= -1.0 && min_vector_similarity <= 1.0)) {
    return fail("min_vector_similarity must be between -1 and 1.");
  }
  if (!(mmr_lambda >= 0.0 && mmr_lambda <= 1.0)) return fail("mmr_lambda must be between 0 and 1.");
  return core::Ok();
}

}  // namespace repopost::index
