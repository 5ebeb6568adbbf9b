#include "generate/fact_digest.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "generate/sentence_overlap.h"
#include "text/sentence_segmenter.h"
#include "text/utf8.h"

namespace repopost::generate {
namespace {
using core::Fact;
using core::FactKind;

constexpr std::size_t kMaxItemUtf16 = 140;
constexpr std::size_t kMaxTaglineUtf16 = 160;
constexpr std::size_t kMaxSummaryUtf16 = 240;
constexpr std::size_t kMaxCodeLine = 120;
constexpr int kSmallLineCount = 5000;
constexpr int kSmallFileCount = 40;

bool IsAsciiDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](unsigned char c) { return std::isdigit(c) != 0; });
}

// "10432" -> "10,432"; anything that is not plain digits is returned unchanged.
std::string WithSeparators(std::string_view digits) {
  if (!IsAsciiDigits(digits)) return std::string(digits);
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    out += digits[i];
    if ((n - i - 1) % 3 == 0 && i + 1 < n) out += ',';
  }
  return out;
}

std::string StripTrailingPeriod(std::string text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
  return text;
}

std::string EnsureSentenceEnd(std::string text) {
  if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') text += '.';
  return text;
}

// The first sentence of `text` ("Foo does x. It also y." -> "Foo does x."), by the one sentence
// segmenter (text/sentence_segmenter.h).
std::string FirstSentence(const std::string& text) {
  const std::vector<text::Segment> segments = text::SentenceSegmenter().Split(text);
  if (segments.empty() || segments.front().text.empty()) return text;
  return segments.front().text;
}

// "A fuzzy finder" -> "a fuzzy finder"; only the articles, so names keep their case.
std::string LowerArticle(const std::string& text) {
  for (std::string_view article : {"A ", "An ", "The "}) {
    if (text.starts_with(article)) {
      std::string out = text;
      out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
      return out;
    }
  }
  return text;
}

bool StartsWithArticle(const std::string& text) {
  return text.starts_with("A ") || text.starts_with("An ") || text.starts_with("The ") ||
         text.starts_with("a ") || text.starts_with("an ") || text.starts_with("the ");
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool IsSingleLine(std::string_view text) { return text.find('\n') == std::string_view::npos; }

Slot MakeSlot(std::string text, const Fact& fact) { return Slot{std::move(text), {fact.id}}; }

void Put(SlotMap& slots, const std::string& name, std::string text, const Fact& fact) {
  if (!text.empty()) slots[name] = MakeSlot(std::move(text), fact);
}

std::string JoinNatural(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += (i + 1 == items.size()) ? " and " : ", ";
    out += items[i];
  }
  return out;
}

// Joins up to `limit` cleaned values of `facts` into one slot ("Linux, macOS and Windows").
void PutList(SlotMap& slots, const std::string& name, const std::vector<const Fact*>& facts,
             std::size_t limit) {
  std::vector<std::string> items;
  Slot slot;
  for (const Fact* fact : facts) {
    std::string value = StripTrailingPeriod(CleanInline(fact->value));
    if (value.empty() || value.size() > 60) continue;
    if (std::find(items.begin(), items.end(), value) != items.end()) continue;
    items.push_back(value);
    slot.fact_ids.push_back(fact->id);
    if (items.size() == limit) break;
  }
  if (items.empty()) return;
  slot.text = JoinNatural(items);
  slots[name] = std::move(slot);
}

double SharePercent(const Fact& fact) { return std::strtod(fact.detail.c_str(), nullptr); }

// What a property says the project avoids: "zero dependencies" -> "dependencies".
std::string AvoidedBy(const std::string& property) {
  std::string lower = property;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::string_view prefix : {"no ", "zero ", "without "}) {
    if (lower.starts_with(prefix)) return property.substr(prefix.size());
  }
  const std::size_t free_pos = lower.find("-free");
  if (free_pos != std::string::npos && free_pos > 0 && free_pos + 5 == lower.size()) {
    return property.substr(0, free_pos);
  }
  return {};
}

// Looks at no more than this many candidates: a README with 400 bullets gets the first ones.
constexpr std::size_t kMaxItemsScanned = 64;

std::vector<Slot> Items(const std::vector<const Fact*>& facts, std::size_t limit) {
  std::vector<Slot> out;
  std::size_t scanned = 0;
  for (const Fact* fact : facts) {
    if (++scanned > kMaxItemsScanned) break;
    std::string value = CleanInline(fact->value);
    if (value.empty() || text::Utf16Length(value) > kMaxItemUtf16) continue;
    const bool duplicate = std::any_of(out.begin(), out.end(),
                                       [&](const Slot& s) { return NearDuplicate(s.text, value); });
    if (duplicate) continue;
    out.push_back(MakeSlot(std::move(value), *fact));
    if (out.size() == limit) break;
  }
  return out;
}

// "The output of X is a single value": a whole sentence, which cannot stand where a noun phrase
// goes ("Ever wanted {tagline_np}?").
bool HasFiniteVerb(std::string_view text) {
  const std::string padded = " " + Lower(std::string(text)) + " ";
  for (std::string_view verb : {" is ", " are ", " was ", " were ", " has ", " have ", " can ",
                                " will ", " does ", " do "}) {
    if (padded.find(verb) != std::string::npos) return true;
  }
  return false;
}

void AddDescriptionSlots(const core::FactSheet& sheet, FactDigest& digest) {
  const Fact* description = sheet.First(FactKind::kDescription);
  const Fact* summary = sheet.First(FactKind::kSummary);
  const Fact* tagline_fact = description != nullptr ? description : summary;
  std::string tagline;
  if (tagline_fact != nullptr) {
    tagline = CleanInline(tagline_fact->value);
    if (text::Utf16Length(tagline) > kMaxTaglineUtf16) tagline = FirstSentence(tagline);
    tagline = StripTrailingPeriod(tagline);
    if (text::Utf16Length(tagline) > kMaxTaglineUtf16) tagline.clear();
  }
  if (!tagline.empty()) {
    Put(digest.slots, "tagline", LowerArticle(tagline), *tagline_fact);
    // "LevelDB is a fast ..." already names the project: it can stand as its own sentence.
    const std::string& project = digest.slots.count("project") ? digest.slots["project"].text : "";
    if (!project.empty() && tagline.size() > project.size() &&
        Lower(tagline.substr(0, project.size())) == Lower(project) &&
        tagline[project.size()] == ' ') {
      Put(digest.slots, "tagline_sentence", EnsureSentenceEnd(tagline), *tagline_fact);
    }
    if (StartsWithArticle(tagline) && !HasFiniteVerb(tagline)) {
      Put(digest.slots, "tagline_np", LowerArticle(tagline), *tagline_fact);
    }
  }
  if (summary == nullptr) return;
  // The first summary sentence that says more than the tagline (the first one often restates it).
  std::string rest = CleanInline(summary->value);
  for (int i = 0; i < 3 && !rest.empty(); ++i) {
    std::string sentence = FirstSentence(rest);
    rest = rest.size() > sentence.size() ? CleanInline(rest.substr(sentence.size())) : "";
    sentence = EnsureSentenceEnd(sentence);
    if (text::Utf16Length(sentence) > kMaxSummaryUtf16 || NearDuplicate(sentence, tagline))
      continue;
    Put(digest.slots, "summary", sentence, *summary);
    break;
  }
}

void AddHistorySlots(const core::FactSheet& sheet, FactDigest& digest) {
  if (const Fact* f = sheet.First(FactKind::kCommitCount); f && IsAsciiDigits(f->value)) {
    Put(digest.slots, "commits", WithSeparators(f->value), *f);
  }
  if (const Fact* f = sheet.First(FactKind::kAuthorCount);
      f && IsAsciiDigits(f->value) && f->value != "0" && f->value != "1") {
    Put(digest.slots, "authors", WithSeparators(f->value), *f);
  }
  if (const Fact* f = sheet.First(FactKind::kFirstCommit); f && f->value.size() >= 10) {
    Put(digest.slots, "first_date", f->value.substr(0, 10), *f);
    if (IsAsciiDigits(f->value.substr(0, 4)))
      Put(digest.slots, "first_year", f->value.substr(0, 4), *f);
    std::string subject = CleanInline(f->detail);
    if (!subject.empty() && subject.size() <= 60 && subject.find('"') == std::string::npos) {
      Put(digest.slots, "first_subject", subject, *f);
    }
  }
  if (const Fact* f = sheet.First(FactKind::kLatestTag); f && f->value.size() <= 40) {
    Put(digest.slots, "tag", CleanInline(f->value), *f);
    if (f->detail.size() >= 10) Put(digest.slots, "tag_date", f->detail.substr(0, 10), *f);
    if (const Fact* since = sheet.First(FactKind::kCommitsSinceTag);
        since && IsAsciiDigits(since->value) && since->value != "0") {
      digest.slots["commits_since_tag"] = Slot{WithSeparators(since->value), {since->id, f->id}};
    }
  }
  if (const Fact* f = sheet.First(FactKind::kChangelogEntry)) {
    std::vector<Fact> items;  // detail lines as pseudo-facts sharing the entry's id
    std::vector<const Fact*> pointers;
    std::size_t pos = 0;
    while (pos < f->detail.size()) {
      std::size_t end = f->detail.find('\n', pos);
      if (end == std::string::npos) end = f->detail.size();
      Fact item = *f;
      item.value = f->detail.substr(pos, end - pos);
      items.push_back(std::move(item));
      pos = end + 1;
    }
    for (const Fact& item : items) pointers.push_back(&item);
    digest.changes = Items(pointers, 5);
    if (!digest.changes.empty()) {
      digest.changes_from_changelog = true;
      Put(digest.slots, "changelog_version", StripTrailingPeriod(CleanInline(f->value)), *f);
      if (!digest.Has("changelog_version")) digest.changes.clear();
    }
  }
  if (digest.changes.empty()) {
    std::vector<const Fact*> commits;
    for (const Fact* f : sheet.All(FactKind::kRecentCommit)) {
      if (f->detail == "feat" || f->detail == "fix" || f->detail == "perf") commits.push_back(f);
    }
    digest.changes = Items(commits, 5);
  }
}

void AddSizeSlots(const core::FactSheet& sheet, FactDigest& digest) {
  if (const Fact* f = sheet.First(FactKind::kFileCount); f && IsAsciiDigits(f->value)) {
    Put(digest.slots, "file_count", WithSeparators(f->value), *f);
    if (std::atoi(f->value.c_str()) <= kSmallFileCount && f->value != "0") {
      Put(digest.slots, "small_file_count", WithSeparators(f->value), *f);
    }
  }
  std::vector<const Fact*> languages = sheet.All(FactKind::kLanguage);
  std::stable_sort(languages.begin(), languages.end(), [](const Fact* a, const Fact* b) {
    return SharePercent(*a) > SharePercent(*b);
  });
  if (!languages.empty()) {
    Put(digest.slots, "language", CleanInline(languages.front()->value), *languages.front());
    PutList(digest.slots, "languages", languages, 3);
  }
  if (const Fact* f = sheet.First(FactKind::kLineCount);
      f && IsAsciiDigits(f->value) && digest.Has("language")) {
    Put(digest.slots, "line_count", WithSeparators(f->value), *f);
    if (std::atoi(f->value.c_str()) <= kSmallLineCount && f->value != "0") {
      digest.slots["small_line_count"] =
          Slot{WithSeparators(f->value), {f->id, digest.slots["language"].fact_ids.front()}};
    }
  }
  if (const Fact* f = sheet.First(FactKind::kDependencyCount); f && IsAsciiDigits(f->value)) {
    if (f->value == "0") {
      Put(digest.slots, "no_dependencies", "zero", *f);
    } else {
      Put(digest.slots, "dependency_count", WithSeparators(f->value), *f);
    }
  }
}

void AddPracticalSlots(const core::FactSheet& sheet, FactDigest& digest) {
  if (const Fact* f = sheet.First(FactKind::kProjectName)) {
    Put(digest.slots, "project", CleanInline(f->value), *f);
  }
  for (const Fact* f : sheet.All(FactKind::kInstallCommand)) {
    std::string line = CleanInline(f->value);
    if (IsSingleLine(f->value) && !line.empty() && line.size() <= kMaxCodeLine) {
      Put(digest.slots, "install", line, *f);
      break;
    }
  }
  for (const Fact* f : sheet.All(FactKind::kUsageSnippet)) {
    std::string first = f->value.substr(0, f->value.find('\n'));
    std::string line = CleanInline(first);
    if (!line.empty() && line.size() <= kMaxCodeLine &&
        (!digest.Has("install") || digest.slots["install"].text != line)) {
      Put(digest.slots, "usage", line, *f);
      break;
    }
  }
  if (const Fact* f = sheet.First(FactKind::kLicense))
    Put(digest.slots, "license", CleanInline(f->value), *f);
  const Fact* url = sheet.First(FactKind::kRepositoryUrl);
  if (url == nullptr) url = sheet.First(FactKind::kHomepage);
  if (url != nullptr && url->value.starts_with("http") &&
      url->value.find(' ') == std::string::npos) {
    Put(digest.slots, "url", url->value, *url);
  }
  PutList(digest.slots, "platforms", sheet.All(FactKind::kPlatform), 4);
  PutList(digest.slots, "examples", sheet.All(FactKind::kExample), 3);
  PutList(digest.slots, "docs_pages", sheet.All(FactKind::kDocsPage), 3);
  for (const Fact* f : sheet.All(FactKind::kProperty)) {
    std::string property = StripTrailingPeriod(CleanInline(f->value));
    if (property.empty() || property.size() > 60) continue;
    std::string lower = property;
    lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
    std::string cap = property;
    cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
    Put(digest.slots, "property", lower, *f);
    Put(digest.slots, "property_lower", lower, *f);
    Put(digest.slots, "property_cap", cap, *f);
    Put(digest.slots, "avoided", AvoidedBy(property), *f);
    break;
  }
}

}  // namespace

std::string CleanInline(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '`') continue;
    if ((c == '*' || c == '_') && i + 1 < text.size() && text[i + 1] == c) {
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return text::SanitizeUtf8(out);
}

FactDigest FactDigest::From(const core::FactSheet& sheet) {
  FactDigest digest;
  AddPracticalSlots(sheet, digest);
  AddDescriptionSlots(sheet, digest);
  AddHistorySlots(sheet, digest);
  AddSizeSlots(sheet, digest);
  digest.features = Items(sheet.All(FactKind::kFeature), 8);
  // A "benchmark" that ends in a colon introduces a code block or list, it is not a claim.
  std::vector<const Fact*> claims;
  for (const Fact* fact : sheet.All(FactKind::kBenchmark)) {
    const std::string clean = StripTrailingPeriod(CleanInline(fact->value));
    if (!clean.empty() && clean.back() != ':') claims.push_back(fact);
  }
  std::vector<Slot> benchmarks = Items(claims, 3);
  for (Slot& slot : benchmarks) {
    slot.text = EnsureSentenceEnd(slot.text);
    digest.benchmarks.push_back(std::move(slot));
  }
  if (!digest.benchmarks.empty()) {
    digest.slots["benchmark"] = digest.benchmarks.front();
    // Lowercased only after a common opening word, so a sentence opening with a name keeps it.
    Slot lower = digest.benchmarks.front();
    for (std::string_view word : {"The ", "A ", "An ", "On ", "In ", "With ", "Using ", "For "}) {
      if (lower.text.starts_with(word)) {
        lower.text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower.text[0])));
        digest.slots["benchmark_lower"] = lower;
        break;
      }
    }
  }
  return digest;
}

int FactDigest::Richness() const {
  return static_cast<int>(slots.size() + features.size() + changes.size() + benchmarks.size());
}

}  // namespace repopost::generate
