#include "generate/story_writer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "generate/point_sentences.h"
#include "generate/sentence_overlap.h"
#include "generate/spec_table.h"
#include "text/utf8.h"

namespace repopost::generate {
namespace {

constexpr std::size_t kHookMax = 140;

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool StartsWithWord(std::string_view text, std::string_view word) {
  return Lower(text.substr(0, word.size())) == Lower(word) &&
         (text.size() == word.size() ||
          std::isalnum(static_cast<unsigned char>(text[word.size()])) == 0);
}

std::string EndSentence(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == ':' || text.back() == ',')) {
    text.pop_back();
  }
  if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?') {
    text += '.';
  }
  return text;
}

std::string StripStop(std::string text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
  return text;
}

// "I.e., a random write ..." -> "A random write ...": a connective that only makes sense after
// the README's previous sentence.
std::string WithoutLeadConnective(std::string text) {
  for (std::string_view lead : {"I.e., ", "E.g., ", "So, ", "Also, ", "And ", "But ", "Thus, "}) {
    if (text.starts_with(lead)) {
      text.erase(0, lead.size());
      if (!text.empty()) {
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
      }
      break;
    }
  }
  return text;
}

bool Fits(std::string_view hook) { return !hook.empty() && text::Utf16Length(hook) <= kHookMax; }

template <std::size_t N>
const std::string_view& Choose(const std::array<std::string_view, N>& variants,
                               std::uint64_t seed) {
  return variants[seed % N];
}

std::string Fill(std::string_view pattern, std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern.substr(i, 6) == "{name}") {
      out += name;
      i += 5;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

// A caveat that speaks of one part of the project ("This API is deprecated since v0.22.0") is
// not a caveat about the project.
bool AboutAPart(std::string_view caveat) {
  const std::string lower = Lower(caveat);
  for (std::string_view part : {"this api", "this method", "this function", "this option",
                                "this flag", "this feature", "this setting", "this parameter",
                                "this endpoint", "this field", "this module", "this class"}) {
    if (lower.starts_with(part)) return true;
  }
  return false;
}

bool ReadsAsCaveat(std::string_view caveat) {
  const std::string lower = " " + Lower(caveat) + " ";
  for (std::string_view cue :
       {" not ", " no longer ", " limited ", " only ", "n't ", " experimental ", " unstable ",
        " lost ", " cannot ", " deprecated ", " maintenance ", " archived ", " alpha ", " beta ",
        " breaking ", " unsupported "}) {
    if (lower.find(cue) != std::string::npos) return true;
  }
  return false;
}

// Whether `sentence` restates one of the sentences of `text` (a point already said, with or
// without its label).
bool RepeatsALine(std::string_view sentence, std::string_view text) {
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool end = i == text.size() || text[i] == '\n' ||
                     (text[i] == '.' && i + 1 < text.size() && text[i + 1] == ' ');
    if (!end) continue;
    if (NearDuplicate(sentence, text.substr(begin, i - begin))) return true;
    begin = i + 1;
  }
  return false;
}

bool AvoidanceLead(std::string_view text) {
  for (std::string_view lead : {"Doesn't ", "Does not ", "No ", "Zero ", "Without ", "Never "}) {
    if (text.starts_with(lead)) return true;
  }
  const std::string lower = Lower(text);
  return lower.find("zero runtime dependencies") != std::string::npos ||
         lower.find("no dependencies") != std::string::npos ||
         lower.find("zero dependencies") != std::string::npos;
}

}  // namespace

StoryWriter::StoryWriter(const profile::ProjectProfile& profile, const FactDigest& digest,
                         const PostOptions& options)
    : profile_(profile), digest_(digest), options_(options) {
  name_ = profile_.name;
  while (!name_.empty() && name_.back() == ' ') name_.pop_back();
  if (name_.empty()) {
    if (auto it = digest_.slots.find("project"); it != digest_.slots.end()) name_ = it->second.text;
  }
}

std::string StoryWriter::Lede() const {
  const std::string purpose = StripStop(profile_.purpose);
  if (purpose.empty()) return "";
  const ShapedPoint shaped = ShapePoint(purpose);
  // "HTTPie (pronounced ...) is a command-line HTTP client" names "HTTPie CLI" by its first word.
  const std::string short_name = name_.substr(0, name_.find(' '));
  const bool names_itself =
      !name_.empty() && (StartsWithWord(purpose, name_) ||
                         (short_name.size() >= 3 && StartsWithWord(purpose, short_name)));
  if (shaped.shape == PointShape::kSentence) {
    if (names_itself || StartsWithWord(purpose, "It")) return EndSentence(purpose);
    return "";  // an instruction or a remark, not what the project is
  }
  if (shaped.shape == PointShape::kDoes) return name_ + " " + LowerLead(purpose) + ".";
  if (shaped.shape != PointShape::kNounPhrase && shaped.shape != PointShape::kLabelled &&
      shaped.shape != PointShape::kAdjective) {
    return "";
  }
  if (StartsWithWord(purpose, "A") || StartsWithWord(purpose, "An")) {
    return name_ + " is " + LowerLead(purpose) + ".";
  }
  if (names_itself) return EndSentence(purpose);
  return name_ + " sums itself up as \"" + LowerLead(purpose) + "\".";
}

std::vector<StoryWriter::Point> StoryWriter::Points(std::size_t limit,
                                                    const std::string& avoid) const {
  std::vector<std::string> texts;
  std::vector<profile::SourceSpan> spans;
  const std::string lede = Lede();
  for (const profile::SellingPoint& point : profile_.selling_points) {
    if (NearDuplicate(point.text, lede) || NearDuplicate(point.text, profile_.purpose) ||
        (!avoid.empty() && NearDuplicate(point.text, avoid))) {
      continue;
    }
    texts.push_back(point.text);
    spans.push_back(point.provenance);
  }
  std::vector<Point> out;
  const std::vector<std::string> sentences = PointSentences(texts, name_, limit);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (!avoid.empty() && NearDuplicate(sentences[i], avoid)) continue;
    // Gathered sentences rest on several points; give each sentence every span it may use.
    out.push_back(Point{sentences[i], i < spans.size() ? spans[i] : profile::SourceSpan{}});
  }
  // The spans of every point considered, so facts_used covers gathered items.
  for (std::size_t i = sentences.size(); i < spans.size() && i < limit * 3; ++i) {
    out.push_back(Point{"", spans[i]});
  }
  return out;
}

std::string StoryWriter::Decorate(std::string sentence, std::size_t index) const {
  if (options_.tone != Tone::kHighEnergy) return sentence;
  static constexpr std::array<std::string_view, 4> kMarks{"⚡ ", "✅ ", "🚀 ", "🧩 "};
  return std::string(kMarks[index % kMarks.size()]) + sentence;
}

std::string StoryWriter::CodeLine(const std::string& code) const {
  return std::string(SpecFor(options_.tone).code_bullet) + code;
}

bool StoryWriter::InHeadlineSection(const profile::SourceSpan& span) const {
  const profile::Section* inner = nullptr;
  for (const profile::Section& section : profile_.sections) {
    if (section.span.path != span.path || span.line_begin < section.span.line_begin ||
        (section.span.line_end != 0 && span.line_begin > section.span.line_end)) {
      continue;
    }
    if (inner == nullptr || section.span.line_begin >= inner->span.line_begin) inner = &section;
  }
  if (inner == nullptr) return span.headings.empty();
  switch (inner->role) {
    case profile::SectionRole::kIntro:
    case profile::SectionRole::kFeatures:
    case profile::SectionRole::kBenchmarks:
    case profile::SectionRole::kComparison:
    case profile::SectionRole::kAdopters:
      return true;
    default:
      return false;
  }
}

std::vector<HookOption> StoryWriter::Hooks(HookType type) const {
  std::vector<HookOption> out;
  const std::string_view accent = SpecFor(options_.tone).hook_accent;
  auto add = [&](std::string text) {
    text = EndSentence(std::move(text));
    if (!accent.empty() && Fits(text + std::string(accent))) text += accent;
    if (!Fits(text)) return;
    for (const HookOption& seen : out) {
      if (seen.text == text) return;
    }
    out.push_back(HookOption{type, std::move(text), {}});
  };
  switch (type) {
    case HookType::kBoldClaim:
      for (const profile::NumberClaim& number : profile_.numbers) {
        // A number whose condition lives outside its sentence (a footnote or a benchmark
        // setup) cannot open a post: the condition would not fit beside it.
        if (number.qualifier.find("setup:") != std::string::npos ||
            !InHeadlineSection(number.provenance)) {
          continue;
        }
        add(WithoutLeadConnective(number.sentence));
      }
      for (const profile::Statement& adopter : profile_.adopters) add(adopter.text);
      break;
    case HookType::kContrarian:
      for (const profile::SellingPoint& point : profile_.selling_points) {
        if (!AvoidanceLead(point.text)) continue;
        if (point.text.starts_with("Doesn't ") || point.text.starts_with("Does not ")) {
          add(name_ + " " + Lower(point.text.substr(0, 1)) + point.text.substr(1));
        } else {
          add(point.text);
        }
      }
      break;
    case HookType::kEmotional:
      for (const profile::SellingPoint& point : profile_.selling_points) {
        const ShapedPoint shaped = ShapePoint(point.text);
        if (shaped.shape != PointShape::kLabelled) continue;
        const ShapedPoint body = ShapePoint(shaped.body);
        if (body.shape == PointShape::kSentence) continue;
        std::vector<std::string> one = PointSentences({point.text}, name_, 1);  // "It is fast: ..."
        if (!one.empty() && one.front().starts_with("It is ")) {
          add(name_ + one.front().substr(2));
        }
      }
      if (const std::string lede = Lede(); lede.find("sums itself up") != std::string::npos) {
        add(lede);
      }
      break;
    case HookType::kCuriosity: {
      const std::string lede = Lede();
      // "<name> is <what>." or "<name> (pronounced ...) is <what>.": the definition to ask about.
      const std::size_t is_at = lede.find(" is ");
      const bool defines = is_at != std::string::npos && lede.find(". ") > is_at &&
                           StartsWithWord(lede, name_.substr(0, name_.find(' ')));
      if (defines) {
        std::string what = StripStop(lede.substr(is_at + 4));
        add("Looking for " + what + "? Meet " + name_);
        add("Need " + what + "? " + name_ + " is one");
      } else if (const std::string purpose = StripStop(profile_.purpose);
                 lede.find("sums itself up") != std::string::npos) {
        add("What does \"" + LowerLead(purpose) + "\" look like? Here is " + name_);
      }
      // No definition to ask about: the project's strongest point, introduced by name.
      // A gathered list ("Its feature list includes ...") reads as a frame, not a point.
      for (const Point& point : Points(1, "")) {
        if (!point.sentence.empty() && !point.sentence.starts_with("Its feature list") &&
            !point.sentence.starts_with("With ")) {
          add("Meet " + name_ + ". " + point.sentence);
        }
      }
      break;
    }
    case HookType::kStory:
      if (options_.style == Style::kBuildInPublic && !profile_.release.version.empty() &&
          profile_.release.status == profile::ReleaseStatus::kReleased) {
        const std::string release = name_ + " " + profile_.release.version + " is out";
        if (!profile_.release.changes.empty()) add(release + ". Here is what changed");
        add(release);
      }
      break;
  }
  return out;
}

std::vector<profile::SourceSpan> StoryWriter::HookSpans(const HookOption& hook) const {
  std::vector<profile::SourceSpan> spans{profile_.name_from};
  const std::string lower = Lower(hook.text);
  for (const profile::NumberClaim& n : profile_.numbers) {
    if (lower.find(Lower(n.value)) != std::string::npos) spans.push_back(n.provenance);
  }
  for (const profile::Statement& s : profile_.adopters) spans.push_back(s.provenance);
  for (const profile::SellingPoint& p : profile_.selling_points) spans.push_back(p.provenance);
  spans.push_back(profile_.purpose_from);
  spans.push_back(profile_.release.provenance);
  return spans;
}

std::optional<Paragraph> StoryWriter::LedeParagraph(const HookOption& hook) const {
  const std::string lede = Lede();
  if (lede.empty() || NearDuplicate(lede, hook.text) ||
      Lower(hook.text).find(Lower(StripStop(lede))) != std::string::npos) {
    return std::nullopt;
  }
  // A hook that asks for the definition ("Looking for a command-line HTTP client? Meet HTTPie.")
  // has said it: the lede would repeat it.
  const std::size_t is_at = lede.find(" is ");
  const bool hook_defines =
      is_at != std::string::npos &&
      Lower(hook.text).find(Lower(StripStop(lede.substr(is_at + 4)))) != std::string::npos;
  Paragraph paragraph{
      hook_defines ? std::string() : lede, {}, {profile_.purpose_from, profile_.name_from}};
  // The summary's next sentence, when it says more than the purpose (what it is for, the problem
  // it solves) and stands on its own.
  if (auto it = digest_.slots.find("summary"); it != digest_.slots.end()) {
    const std::string& more = it->second.text;
    const bool plain = more.find_first_of("[`") == std::string::npos &&
                       more.find("http") == std::string::npos && more.back() != '?' &&
                       more.back() != ':';
    if (plain && !NearDuplicate(more, lede) && !NearDuplicate(more, hook.text) &&
        (StartsWithWord(more, "It") || StartsWithWord(more, name_))) {
      paragraph.text += (paragraph.text.empty() ? "" : " ") + EndSentence(more);
      paragraph.fact_ids = it->second.fact_ids;
    }
  }
  if (paragraph.text.empty()) return std::nullopt;
  return paragraph;
}

std::optional<Paragraph> StoryWriter::PointsParagraph(const HookOption& hook, std::size_t limit,
                                                      std::size_t skip) const {
  const std::vector<Point> points = Points(limit + skip, hook.text);
  Paragraph paragraph;
  std::size_t used = 0;
  std::size_t index = 0;
  for (const Point& point : points) {
    paragraph.spans.push_back(point.span);
    if (point.sentence.empty()) continue;
    if (index++ < skip || used == limit) continue;
    const std::string line = Decorate(point.sentence, used);
    if (options_.tone == Tone::kHighEnergy) {
      paragraph.text += (paragraph.text.empty() ? "" : "\n") + line;
    } else {
      paragraph.text += (paragraph.text.empty() ? "" : " ") + line;
    }
    ++used;
  }
  if (used == 0) return std::nullopt;
  return paragraph;
}

std::optional<Paragraph> StoryWriter::Proof(const HookOption& hook,
                                            const std::optional<Paragraph>& said) const {
  const std::string said_text = said ? Lower(said->text) : std::string();
  for (const profile::NumberClaim& number : profile_.numbers) {
    if (number.qualifier.find("setup:") != std::string::npos ||
        !InHeadlineSection(number.provenance)) {
      continue;
    }
    const std::string sentence = EndSentence(WithoutLeadConnective(number.sentence));
    if (sentence.size() > 260 || NearDuplicate(sentence, hook.text) ||
        (!said_text.empty() && said_text.find(Lower(StripStop(sentence))) != std::string::npos) ||
        (said && RepeatsALine(sentence, said->text)) ||
        Lower(hook.text).find(Lower(number.value)) != std::string::npos) {
      continue;
    }
    return Paragraph{Decorate(sentence, 3), {}, {number.provenance}};
  }
  for (const profile::Statement& adopter : profile_.adopters) {
    if (NearDuplicate(adopter.text, hook.text) || adopter.text.size() > 260) continue;
    return Paragraph{Decorate(EndSentence(adopter.text), 3), {}, {adopter.provenance}};
  }
  return std::nullopt;
}

std::optional<Paragraph> StoryWriter::Caveat() const {
  for (const profile::Statement& caveat : profile_.caveats) {
    if (AboutAPart(caveat.text) || !ReadsAsCaveat(caveat.text) || caveat.text.size() > 220) {
      continue;
    }
    // Stated as the project states it: an intro of the writer's own would read as a claim.
    return Paragraph{EndSentence(caveat.text), {}, {caveat.provenance}};
  }
  return std::nullopt;
}

std::optional<Paragraph> StoryWriter::Changes(std::size_t limit) const {
  const profile::Release& release = profile_.release;
  if (release.changes.empty()) return std::nullopt;
  Paragraph paragraph;
  paragraph.text = "What changed in " + release.version + ":";
  const std::string_view bullet = SpecFor(options_.tone).change_bullet;
  std::size_t n = 0;
  for (const std::string& change : release.changes) {
    if (n == limit) break;
    if (change.size() > 160) continue;
    paragraph.text += "\n" + std::string(bullet) + StripStop(change);
    ++n;
  }
  if (n == 0) return std::nullopt;
  paragraph.spans.push_back(release.provenance);
  return paragraph;
}

std::optional<Paragraph> StoryWriter::Question() const {
  static constexpr std::array<std::string_view, 3> kGrowth{
      "What would you use {name} for first?", "Have you tried {name}? What did you use it for?",
      "How do you handle this today: with {name} or with something else?"};
  static constexpr std::array<std::string_view, 2> kLearning{
      "Which part of {name} would you like to see explained next?",
      "Have you read how {name} works inside? What surprised you?"};
  static constexpr std::array<std::string_view, 2> kBuild{
      "Which of these changes matters most to you?", "What should come next?"};
  static constexpr std::array<std::string_view, 2> kRecruiter{
      "Have you worked with {name}, or hired someone who has?",
      "When you hire, does experience with tools like {name} count?"};
  std::string_view pattern;
  switch (options_.style) {
    case Style::kGrowth:
      pattern = Choose(kGrowth, options_.seed);
      break;
    case Style::kLearning:
      pattern = Choose(kLearning, options_.seed);
      break;
    case Style::kBuildInPublic:
      pattern = profile_.release.changes.empty() ? kBuild[1] : Choose(kBuild, options_.seed);
      break;
    case Style::kRecruiter:
      pattern = Choose(kRecruiter, options_.seed);
      break;
  }
  std::string text = Fill(pattern, name_) + std::string(SpecFor(options_.tone).cta_accent);
  return Paragraph{std::move(text), {}, {profile_.name_from}};
}

std::optional<Paragraph> StoryWriter::Link() const {
  if (options_.link != LinkMode::kBody) return std::nullopt;
  auto it = digest_.slots.find("url");
  if (it == digest_.slots.end()) return std::nullopt;
  return Paragraph{it->second.text, it->second.fact_ids, {}};
}

}  // namespace repopost::generate
