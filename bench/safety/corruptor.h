// Corruptor: rewrites one sentence of a grounded post the way LLMs go wrong (POSTS.md), for the
// in-domain claim checker benchmark. Deterministic: the same input gives the same corruption.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::bench {

enum class Corruption {
  kNumberChanged,
  kEntitySwapped,
  kNegation,
  kInventedFeature,
  kInventedMetricOrAdoption,
  kFalseAffiliation,
  kSuperlativeAdded,
};

std::string_view ToString(Corruption c);
const std::vector<Corruption>& AllCorruptions();

// Kinds that add a new sentence rather than edit one.
bool IsInsertion(Corruption c);

class Corruptor {
 public:
  // `repo_text`: all repository text lowercased (to pick names and features it does not have).
  Corruptor(std::string repo_text, std::string project) : repo_(std::move(repo_text)), project_(std::move(project)) {}

  // The edited sentence, or nullopt when `sentence` offers nothing to corrupt this way.
  std::optional<std::string> Edit(Corruption c, std::string_view sentence, unsigned variant) const;
  // A new sentence for an insertion kind.
  std::string Insert(Corruption c, unsigned variant) const;

 private:
  bool RepoHas(std::string_view lower_word) const;
  std::string repo_;
  std::string project_;
};

}  // namespace repopost::bench
