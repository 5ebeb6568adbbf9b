// SourceWeights: how much retrieval trusts each kind of source. A chunk's fused relevance is
// multiplied by its kind's weight, so a higher weight can only raise a chunk's rank.
//
// Defaults (issue 3): readme 0.50, examples 0.20, issues 0.15, commits 0.10, docs 0.05; and our
// choice for the rest (docs/decisions/retrieval.md): manifest 0.30, user-text 0.50, changelog
// 0.10, releases 0.10, pull-requests 0.10, license 0.05.
#pragma once

#include <array>
#include <cstddef>

#include "core/result.h"
#include "core/source_kind.h"

namespace repopost::index {

class SourceWeights {
 public:
  SourceWeights();  // the defaults above

  // The same weight for every kind: retrieval by relevance alone.
  static SourceWeights Uniform(double weight = 1.0);

  double Of(core::SourceKind kind) const { return weights_[Slot(kind)]; }
  void Set(core::SourceKind kind, double weight) { weights_[Slot(kind)] = weight; }

  // Fails (kUsage) when a weight is negative, NaN or infinite, naming the kind.
  core::Status Validate() const;

 private:
  static constexpr std::size_t kKinds = 11;
  static std::size_t Slot(core::SourceKind kind) { return static_cast<std::size_t>(kind); }

  std::array<double, kKinds> weights_{};
};

}  // namespace repopost::index
