#include "safety/evidence_store.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <limits>

#include "safety/evidence_location.h"
#include "text/entity_extractor.h"
#include "text/index_terms.h"
#include "text/sentence_segmenter.h"

namespace repopost::safety {
namespace {

constexpr std::uint32_t kFactPosition = std::numeric_limits<std::uint32_t>::max();

bool IsCountFact(core::FactKind kind) {
  switch (kind) {
    case core::FactKind::kCommitCount:
    case core::FactKind::kAuthorCount:
    case core::FactKind::kFileCount:
    case core::FactKind::kLineCount:
    case core::FactKind::kDependencyCount:
    case core::FactKind::kCommitsSinceTag:
      return true;
    default:
      return false;
  }
}

bool StartsBlock(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  if (i >= line.size()) return true;
  const char c = line[i];
  return c == '-' || c == '*' || c == '+' || c == '#' || c == '>' || c == '|' || c == '`' ||
         std::isdigit(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

// Joins hard-wrapped paragraph lines with spaces (same length, so offsets survive) so that a
// sentence wrapped across lines is one window; list items, headings and blank lines stay apart.
std::string UnwrapParagraphs(std::string_view text) {
  std::string out(text);
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] != '\n') continue;
    const std::string_view prev(out.data() + line_start, i - line_start);
    const std::size_t next_end = out.find('\n', i + 1);
    const std::string_view next(out.data() + i + 1,
                                (next_end == std::string::npos ? out.size() : next_end) - i - 1);
    const bool prev_blank = prev.find_first_not_of(" \t\r") == std::string_view::npos;
    if (!prev_blank && !StartsBlock(next) && !prev.starts_with("#")) out[i] = ' ';
    line_start = i + 1;
  }
  return out;
}

// Words a post uses when it states a fact of this kind ("62 commits", "written in Go").
std::string_view FactVocabulary(core::FactKind kind) {
  switch (kind) {
    case core::FactKind::kProjectName:
      return "project repository repo tool";
    case core::FactKind::kLicense:
      return "license licence licensed";
    case core::FactKind::kLanguage:
      return "written built language implemented code codebase";
    case core::FactKind::kCommitCount:
      return "commits commit history";
    case core::FactKind::kFirstCommit:
      return "first commit began started began history";
    case core::FactKind::kLastCommitDate:
      return "last commit latest active";
    case core::FactKind::kAuthorCount:
      return "contributors authors people";
    case core::FactKind::kLatestTag:
      return "latest release version tag tagged";
    case core::FactKind::kCommitsSinceTag:
      return "commits since release";
    case core::FactKind::kFileCount:
      return "files repository codebase";
    case core::FactKind::kLineCount:
      return "lines code source";
    case core::FactKind::kDependencyCount:
      return "dependencies dependency runtime declared";
    case core::FactKind::kDependency:
      return "dependencies dependency depends declared";
    case core::FactKind::kDocsPage:
      return "docs documentation pages page";
    case core::FactKind::kExample:
      return "examples example read ships includes comes bundled";
    case core::FactKind::kRecentCommit:
      return "commit recent latest";
    case core::FactKind::kInstallCommand:
      return "install installation getting started";
    case core::FactKind::kUsageSnippet:
      return "usage use run example";
    case core::FactKind::kPlatform:
      return "runs platform platforms supports";
    case core::FactKind::kChangelogEntry:
      return "release changelog changes new";
    case core::FactKind::kVersion:
      return "version release";
    default:
      return "";
  }
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsTableRow(std::string_view window) {
  const std::size_t first = window.find_first_not_of(" \t");
  return first != std::string_view::npos && window[first] == '|';
}

// A table row alone says little ("| GNU grep (Unicode) | 20 | 6.58s |"): each row also carries
// its header row's words and the words and numbers of the sentence that introduces the table
// ("... on a single large file (~13GB ...):"), so "On a ~13GB file, GNU grep took 6.58s" finds
// one window with all of it.
void AddTableContext(ChunkAnalysis& analysis) {
  const std::string& text = analysis.chunk->text;
  std::vector<std::uint64_t> header;
  const EvidenceWindow* caption = nullptr;
  bool in_table = false;
  for (std::size_t i = 0; i < analysis.windows.size(); ++i) {
    EvidenceWindow& w = analysis.windows[i];
    if (!IsTableRow(std::string_view(text).substr(w.begin, w.end - w.begin))) {
      in_table = false;
      continue;
    }
    if (!in_table) {
      in_table = true;
      header = w.terms;
      caption = i > 0 && !IsTableRow(std::string_view(text).substr(
                             analysis.windows[i - 1].begin,
                             analysis.windows[i - 1].end - analysis.windows[i - 1].begin))
                    ? &analysis.windows[i - 1]
                    : nullptr;
      continue;
    }
    w.terms.insert(w.terms.end(), header.begin(), header.end());
    if (caption != nullptr) {
      w.terms.insert(w.terms.end(), caption->terms.begin(), caption->terms.end());
      for (text::Quantity q : caption->numbers) {
        q.begin = q.end = 0;  // not in this window's text
        w.numbers.push_back(std::move(q));
      }
    }
    std::sort(w.terms.begin(), w.terms.end());
    w.terms.erase(std::unique(w.terms.begin(), w.terms.end()), w.terms.end());
  }
}

}  // namespace

std::uint64_t EvidenceStore::Hash(std::string_view s) { return std::hash<std::string_view>{}(s); }

std::vector<std::uint64_t> EvidenceStore::TermHashes(std::string_view text) {
  std::vector<std::uint64_t> out;
  for (const std::string& term : text::IndexTerms(text)) out.push_back(Hash(term));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

int EvidenceStore::CountNegations(std::string_view text) {
  int n = 0;
  for (const std::string& t : text::EntityExtractor::Tokens(text)) {
    if (t == "not" || t == "no" || t == "never" || t == "without" || t == "none" || t == "cannot" ||
        t == "nor" || t == "neither" || t == "zero" || t.ends_with("n't") ||
        t.ends_with("n\xE2\x80\x99t")) {
      ++n;
    }
  }
  return n;
}

EvidenceStore::EvidenceStore(const core::FactSheet& sheet, const index::RepoIndex& index)
    : index_(&index) {
  const text::SentenceSegmenter segmenter;
  const text::NumberExtractor numbers;
  const std::vector<index::Chunk>& chunks = index.chunks();
  std::unordered_map<std::string_view, const core::Fact*> facts_by_id;
  for (const core::Fact& fact : sheet.facts) {
    facts_by_id[fact.id] = &fact;
    if (fact.kind == core::FactKind::kExample || fact.kind == core::FactKind::kDocsPage) {
      listed_[fact.kind].push_back(&fact);
    }
  }
  chunks_.reserve(chunks.size());
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    const index::Chunk& chunk = chunks[i];
    ChunkAnalysis analysis;
    analysis.chunk = &chunk;
    analysis.lower_text = LowerAscii(chunk.text);
    const std::string unwrapped = UnwrapParagraphs(chunk.text);
    for (const text::Segment& seg : segmenter.Split(unwrapped)) {
      EvidenceWindow w;
      w.begin = seg.begin;
      w.end = seg.end;
      const std::string_view original =
          std::string_view(chunk.text).substr(w.begin, w.end - w.begin);
      if (chunk.provenance.line_begin > 0) {
        w.line = chunk.provenance.line_begin +
                 static_cast<int>(std::count(
                     chunk.text.begin(), chunk.text.begin() + static_cast<long>(w.begin), '\n'));
      }
      w.negations = CountNegations(original);
      w.terms = TermHashes(original);
      if (!chunk.fact_id.empty()) {
        if (const auto it = facts_by_id.find(chunk.fact_id); it != facts_by_id.end()) {
          analysis.vocabulary = std::string(FactVocabulary(it->second->kind));
          analysis.fact_kind = it->second->kind;
          std::vector<std::uint64_t> extra = TermHashes(analysis.vocabulary);
          w.terms.insert(w.terms.end(), extra.begin(), extra.end());
          std::sort(w.terms.begin(), w.terms.end());
          w.terms.erase(std::unique(w.terms.begin(), w.terms.end()), w.terms.end());
        }
      }
      w.numbers = numbers.Extract(original);
      analysis.windows.push_back(std::move(w));
    }
    AddTableContext(analysis);
    position_[&chunk] = i;
    AddPhrases(chunk.text, static_cast<std::uint32_t>(i));
    AddPhrases(chunk.heading, static_cast<std::uint32_t>(i));
    AddNameParts(chunk.text);
    chunks_.push_back(std::move(analysis));
  }
  for (const ChunkAnalysis& analysis : chunks_) {
    if (!analysis.chunk->fact_id.empty()) fact_chunks_.push_back(&analysis);
  }
  for (const core::Fact& fact : sheet.facts) {
    AddPhrases(fact.value, kFactPosition);
    AddNameParts(fact.value);
    if (fact.kind == core::FactKind::kLanguage) {
      languages_.push_back(LowerAscii(fact.value));
      for (text::Quantity& q : numbers.Extract(fact.detail)) {
        fact_numbers_.push_back({&fact, std::move(q), false, q.kind == text::NumberKind::kPercent});
      }
    }
    if (fact.kind == core::FactKind::kProjectName && project_name_.empty()) {
      project_name_ = fact.value;
    }
    const bool count = IsCountFact(fact.kind);
    for (text::Quantity& q : numbers.Extract(fact.value)) {
      fact_numbers_.push_back({&fact, std::move(q), count, false});
    }
    if (fact.kind == core::FactKind::kLatestTag || fact.kind == core::FactKind::kFirstCommit ||
        fact.kind == core::FactKind::kBenchmark || fact.kind == core::FactKind::kChangelogEntry) {
      for (text::Quantity& q : numbers.Extract(fact.detail)) {
        fact_numbers_.push_back({&fact, std::move(q), false, false});
      }
    }
  }
}

void EvidenceStore::AddPhrases(std::string_view text, std::uint32_t chunk_position) {
  const std::vector<std::string> tokens = text::EntityExtractor::Tokens(text);
  std::string phrase;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    phrase.clear();
    for (std::size_t n = 0; n < 3 && i + n < tokens.size(); ++n) {
      if (n > 0) phrase += ' ';
      phrase += tokens[i + n];
      phrases_.emplace(Hash(phrase), chunk_position);
    }
  }
}

const ChunkAnalysis& EvidenceStore::Analysis(const index::Chunk* chunk) const {
  return chunks_[position_.at(chunk)];
}

bool EvidenceStore::HasPhrase(std::string_view normalized) const {
  std::vector<std::string_view> tokens;
  std::size_t pos = 0;
  while (pos < normalized.size()) {
    std::size_t space = normalized.find(' ', pos);
    if (space == std::string_view::npos) space = normalized.size();
    tokens.push_back(normalized.substr(pos, space - pos));
    pos = space + 1;
  }
  if (tokens.empty()) return true;
  if (tokens.size() <= 3) return phrases_.count(Hash(normalized)) > 0;
  for (std::size_t i = 0; i + 3 <= tokens.size(); ++i) {
    const std::size_t begin = static_cast<std::size_t>(tokens[i].data() - normalized.data());
    const std::size_t end =
        static_cast<std::size_t>(tokens[i + 2].data() - normalized.data()) + tokens[i + 2].size();
    if (phrases_.count(Hash(normalized.substr(begin, end - begin))) == 0) return false;
  }
  return true;
}

bool EvidenceStore::HasCompound(std::string_view normalized) const {
  if (normalized.size() < 6 || normalized.find(' ') != std::string_view::npos) return false;
  for (std::size_t i = 3; i + 3 <= normalized.size(); ++i) {
    if (phrases_.count(Hash(normalized.substr(0, i))) > 0 &&
        phrases_.count(Hash(normalized.substr(i))) > 0) {
      return true;
    }
  }
  return false;
}

bool EvidenceStore::HasAllTokens(std::string_view normalized) const {
  std::size_t pos = 0;
  while (pos < normalized.size()) {
    std::size_t space = normalized.find(' ', pos);
    if (space == std::string_view::npos) space = normalized.size();
    if (phrases_.count(Hash(normalized.substr(pos, space - pos))) == 0) return false;
    pos = space + 1;
  }
  return true;
}

const std::vector<const core::Fact*>& EvidenceStore::Listed(core::FactKind kind) const {
  static const std::vector<const core::Fact*> kNone;
  const auto it = listed_.find(kind);
  return it == listed_.end() ? kNone : it->second;
}

std::optional<Evidence> EvidenceStore::LocatePhrase(std::string_view normalized) const {
  const auto it = phrases_.find(Hash(normalized));
  if (it == phrases_.end()) return std::nullopt;
  Evidence e;
  e.part = "name " + std::string(normalized);
  if (it->second == kFactPosition) {
    e.path = "the repository's facts";
    e.matched_text = std::string(normalized);
    return e;
  }
  const index::Chunk& chunk = index_->chunks()[it->second];
  e.chunk_id = chunk.id;
  e.fact_id = chunk.fact_id;
  e.path = Location(chunk.provenance);
  if (IsFileLocation(chunk.provenance)) {
    e.line_begin = chunk.provenance.line_begin;
    e.line_end = chunk.provenance.line_end;
  }
  e.matched_text = std::string(normalized);
  return e;
}

}  // namespace repopost::safety
