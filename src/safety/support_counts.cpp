// SupportChecker's counts of the tree's entries: "ships 10 examples" is checked against the
// example entries ingest listed (one kExample fact per direct child of examples/), and "12 docs
// pages" against the docs pages. A list ingest capped says only "at least that many".
#include <cctype>
#include <string>

#include "ingest/file_roles.h"
#include "safety/support_checker.h"
#include "text/stemmer.h"

namespace repopost::safety {
namespace {

struct ListedKind {
  std::string_view stem;  // the counted noun, stemmed
  core::FactKind kind;
  std::size_t cap;  // ingest lists at most this many
};

constexpr ListedKind kListedKinds[] = {
    {"exampl", core::FactKind::kExample, ingest::kMaxExamples},
    {"sampl", core::FactKind::kExample, ingest::kMaxExamples},
    {"page", core::FactKind::kDocsPage, ingest::kMaxDocsPages},
};

// The first two words after `end` in `text`, lowercase and stemmed ("runnable example" ->
// "runnabl", "exampl").
std::vector<std::string> WordsAfter(std::string_view text, std::size_t end) {
  std::vector<std::string> out;
  std::size_t i = end;
  while (out.size() < 2 && i < text.size()) {
    while (i < text.size() && !std::isalpha(static_cast<unsigned char>(text[i]))) {
      if (text[i] == '.' || text[i] == ',' || text[i] == ';' || text[i] == ':') return out;
      ++i;
    }
    std::string word;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
    }
    if (!word.empty()) out.push_back(text::StemEnglish(word));
  }
  return out;
}

}  // namespace

std::optional<Evidence> SupportChecker::ListedCount(const text::Quantity& q,
                                                    std::string_view claim_text) const {
  if (q.kind != text::NumberKind::kCount || q.end > claim_text.size()) return std::nullopt;
  for (const std::string& word : WordsAfter(claim_text, q.end)) {
    for (const ListedKind& listed : kListedKinds) {
      if (word != listed.stem) continue;
      const std::vector<const core::Fact*>& facts = store_.Listed(listed.kind);
      if (facts.empty()) return std::nullopt;
      text::Quantity found;
      found.kind = text::NumberKind::kCount;
      found.value = static_cast<double>(facts.size());
      const bool capped = facts.size() >= listed.cap;
      const bool matches =
          capped ? q.is_lower_bound && q.value <= found.value : QuantityMatches(q, found, false);
      if (!matches) return std::nullopt;
      const std::string& first = facts.front()->provenance.path;
      Evidence e;
      e.fact_id = facts.front()->id;
      e.path = first.substr(0, first.find('/') == std::string::npos ? 0 : first.find('/') + 1);
      if (e.path.empty()) e.path = "the repository's tree";
      e.matched_text = e.path + " holds " + (capped ? "at least " : "") +
                       std::to_string(facts.size()) + " entries: " + facts.front()->value +
                       (facts.size() > 1 ? ", " + facts[1]->value + ", ..." : "");
      e.part = "number " + q.surface;
      return e;
    }
  }
  return std::nullopt;
}

}  // namespace repopost::safety
