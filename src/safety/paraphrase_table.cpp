#include "safety/paraphrase_table.h"

#include <algorithm>

#include "safety/evidence_store.h"
#include "text/stemmer.h"
#include "text/stop_words.h"

namespace repopost::safety {
namespace {

// Words a post and a README use for the same thing, beyond WordNet's general English (software
// senses WordNet lacks: "crate", "cli", "deps"). Each row is one group; stemmed at startup.
constexpr std::string_view kSynonymGroups[][6] = {
    {"fast", "quick", "speed", "rapid", "perform", "faster"},
    {"tool", "utility", "program", "app", "application", "cli"},
    {"library", "lib", "package", "module", "framework", "crate"},
    {"small", "tiny", "lightweight", "minimal", "compact", "little"},
    {"simple", "easy", "straightforward", "minimal", "intuitive", ""},
    {"search", "find", "filter", "match", "lookup", "query"},
    {"run", "execute", "launch", "start", "invoke", ""},
    {"support", "handle", "compatible", "work", "integrate", ""},
    {"written", "implement", "built", "code", "develop", ""},
    {"feature", "capability", "function", "functionality", "option", ""},
    {"install", "setup", "download", "get", "instal", ""},
    {"user", "developer", "people", "engineer", "folk", ""},
    {"model", "llm", "network", "weight", "", ""},
    {"open-source", "open", "source", "free", "oss", ""},
    {"file", "document", "path", "", "", ""},
    {"dependency", "dependencies", "deps", "requirement", "", ""},
    {"cross-platform", "platform", "portable", "os", "", ""},
    {"create", "make", "generate", "build", "produce", ""},
    {"show", "display", "print", "render", "output", ""},
    {"new", "latest", "recent", "release", "", ""},
    {"license", "licence", "licensed", "licenced", "", ""},
    {"commit", "commits", "history", "", "", ""},
    {"line", "loc", "sloc", "", "", ""},
    {"command", "cli", "terminal", "shell", "", ""},
};

constexpr std::size_t kMaxMemo = 1 << 15;

}  // namespace

ParaphraseTable::ParaphraseTable(const text::WordNet* wordnet) : wordnet_(wordnet) {
  for (const auto& group : kSynonymGroups) {
    std::vector<std::uint64_t> stems;
    for (std::string_view word : group) {
      if (!word.empty()) stems.push_back(EvidenceStore::Hash(text::StemEnglish(word)));
    }
    for (std::uint64_t s : stems) {
      auto& list = groups_[s];
      list.insert(list.end(), stems.begin(), stems.end());
    }
  }
}

std::vector<std::uint64_t> ParaphraseTable::Related(std::string_view word,
                                                    std::uint64_t stem) const {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (const auto it = memo_.find(std::string(word)); it != memo_.end()) return it->second;
  }
  std::vector<std::uint64_t> out;
  if (const auto it = groups_.find(stem); it != groups_.end()) out = it->second;
  if (wordnet_ != nullptr) {
    for (const std::string& lemma : wordnet_->Related(word)) {
      // Multi-word lemmas ("command line") and function words say nothing on their own.
      if (lemma.size() < 3 || lemma.find(' ') != std::string::npos || text::IsStopWord(lemma)) {
        continue;
      }
      out.push_back(EvidenceStore::Hash(text::StemEnglish(lemma)));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  out.erase(std::remove(out.begin(), out.end(), stem), out.end());
  const std::lock_guard<std::mutex> lock(mutex_);
  if (memo_.size() >= kMaxMemo) memo_.clear();
  memo_.emplace(std::string(word), out);
  return out;
}

}  // namespace repopost::safety
