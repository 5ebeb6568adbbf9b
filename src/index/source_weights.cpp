#include "index/source_weights.h"

#include <cmath>
#include <string>

namespace repopost::index {

SourceWeights::SourceWeights() {
  using core::SourceKind;
  Set(SourceKind::kReadme, 0.50);
  Set(SourceKind::kExamples, 0.20);
  Set(SourceKind::kIssues, 0.15);
  Set(SourceKind::kCommits, 0.10);
  Set(SourceKind::kDocs, 0.05);
  Set(SourceKind::kManifest, 0.30);
  Set(SourceKind::kUserText, 0.50);
  Set(SourceKind::kChangelog, 0.10);
  Set(SourceKind::kReleases, 0.10);
  Set(SourceKind::kPullRequests, 0.10);
  Set(SourceKind::kLicense, 0.05);
}

SourceWeights SourceWeights::Uniform(double weight) {
  SourceWeights weights;
  weights.weights_.fill(weight);
  return weights;
}

core::Status SourceWeights::Validate() const {
  for (std::size_t slot = 0; slot < kKinds; ++slot) {
    const double weight = weights_[slot];
    if (!std::isfinite(weight) || weight < 0.0) {
      return core::Fail(core::ErrorCode::kUsage,
                        "The source weight for " +
                            std::string(core::ToString(static_cast<core::SourceKind>(slot))) +
                            " must be a finite number of at least 0.");
    }
  }
  return core::Ok();
}

}  // namespace repopost::index
