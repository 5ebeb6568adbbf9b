// Purpose: one clean sentence, in the project's own words, that says what the product is.
// A definition ("X is a ...", "A ... for ...") or the package's own description, never an
// instruction ("Begin by declaring a type"), an announcement ("We're excited to announce"), a
// sentence that introduces something below it ("... is as follows:") or a sentence from a
// section deep in the README.
#include "profile/clean_text.h"
#include "profile/field_selectors.h"

namespace repopost::profile {
namespace {

// A tagline worded as a call stays short ("Start building with open models."); a longer
// imperative is a how-to step ("Begin by declaring a type that defines ...").
constexpr int kMaxCallWords = 8;

// A sentence that opens what follows it ("The general structure of errors is as follows:").
// A tagline may end in a colon that opens the feature list ("Fast inference of the Whisper
// speech recognition model:"); any other sentence ending in a colon introduces an example.
bool IntroducesWhatFollows(const std::string& raw, const std::string& lower, bool is_tagline) {
  std::string end = raw;
  while (!end.empty() && (end.back() == ' ' || end.back() == '*' || end.back() == '_')) {
    end.pop_back();
  }
  return (end.ends_with(":") && !is_tagline) ||
         ContainsAny(lower, {"as follows", "the following", "like this", "below is", "listed below",
                             "shown below"});
}

// Why a candidate sentence cannot be the purpose, or "" when it can. A one-line tagline under
// the title may be worded as a call ("Start building with open models."); any other sentence
// that is an instruction is a how-to step.
std::string RejectReason(const std::string& raw, const std::string& sentence,
                         bool is_tagline = false) {
  const std::string lower = LowerAscii(sentence);
  if (WordCount(sentence) < 3 || sentence.size() > 300) return "too short or too long";
  if (ContainsAny(lower, {"badge", "click here", "table of contents", "see below", "see here",
                          "http://", "https://"})) {
    return "a pointer, not a definition";
  }
  if (sentence.ends_with("?")) return "a question";
  if (IsCaveatOrQuote(raw)) return "a caveat or a quotation";
  if (IsInstruction(lower) && !(is_tagline && WordCount(sentence) <= kMaxCallWords)) {
    return "an instruction";
  }
  if (IsAuthorSpeaking(lower)) return "the author speaking";
  if (IntroducesWhatFollows(raw, lower, is_tagline)) return "introduces what follows";
  for (std::string_view preposition : {"for ", "with ", "in ", "on ", "to ", "by ", "if "}) {
    if (lower.starts_with(preposition) && WordCount(sentence) < 9) return "a lead-in";
  }
  return "";
}

// "HTTPie (pronounced aitch-tee-tee-pie)" -> "HTTPie ": asides do not count as the subject.
std::string WithoutParentheses(const std::string& text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    if (depth == 0) out += c;
    if (c == ')' && depth > 0) --depth;
  }
  return out;
}

// "Gin is a high-performance ..." defines the product "Gin Web Framework"; "A cat(1) clone with
// wings" defines whatever the README is about.
bool IsDefinition(const std::string& sentence, const std::string& name) {
  const std::string lower = LowerAscii(sentence);
  if (lower.starts_with("a ") || lower.starts_with("an ")) return WordCount(sentence) >= 5;
  for (std::string_view verb : {" is a ", " is an ", " is the "}) {
    const std::size_t at = lower.find(verb);
    if (at == std::string::npos || at == 0) continue;
    const std::string subject = WithoutParentheses(sentence.substr(0, at));
    if (WordCount(subject) > 4) return false;
    const std::string who = Squash(subject), product = Squash(name);
    return !who.empty() && !product.empty() &&
           (product.starts_with(who) || who.starts_with(product) ||
            who.find(product) != std::string::npos);
  }
  return false;
}

// A tagline: a paragraph of one short sentence (the line under a README title).
bool IsOneLiner(const Block& block) {
  const std::vector<std::string> sentences = SplitSentences(block.text);
  return sentences.size() == 1 && WordCount(sentences.front()) <= 15;
}

bool MayDefine(SectionRole role) {
  return role == SectionRole::kIntro || role == SectionRole::kFeatures;
}

}  // namespace

void SelectPurpose(const ProfileInput& input, ProjectProfile& profile) {
  std::string tagline, lede;
  SourceSpan tagline_span, lede_span;
  bool first_block = true;  // the first intro paragraph that says anything acceptable
  bool past_intro = false;  // a section of another role has begun: no tagline after it
  for (const Block& block : input.readme.blocks) {
    const SectionRole role = input.readme.RoleOf(block);
    past_intro = past_intro || role != SectionRole::kIntro;
    if (block.kind != BlockKind::kProse || !block.is_prose) continue;
    if (!MayDefine(role)) continue;  // never a deep section's sentence
    const bool one_liner = first_block && !past_intro && IsOneLiner(block);
    for (const std::string& raw : SplitSentences(block.text)) {
      const std::string sentence = CleanText(raw);
      if (!RejectReason(raw, sentence, one_liner).empty()) continue;
      // Rule 1: a definition in the intro or features: the product (or "A"/"An") as subject.
      if (IsDefinition(sentence, profile.name)) {
        profile.purpose = sentence;
        profile.purpose_from = input.readme.SpanOf(block);
        return;
      }
      if (one_liner && tagline.empty()) {
        tagline = sentence;
        tagline_span = input.readme.SpanOf(block);
      } else if (lede.empty() && role == SectionRole::kIntro) {
        lede = sentence;
        lede_span = input.readme.SpanOf(block);
      }
      if (role == SectionRole::kIntro) first_block = false;
    }
  }
  // Rule 2: the tagline, the one-line paragraph under the title.
  if (!tagline.empty()) {
    profile.purpose = tagline;
    profile.purpose_from = tagline_span;
    return;
  }
  // Rule 3: the package's own description, before any later README sentence.
  if (input.manifest) {
    const std::string description = CleanText(input.manifest->description);
    if (RejectReason(input.manifest->description, description).empty()) {
      profile.purpose = description;
      profile.purpose_from.path = input.manifest->path;
      profile.purpose_from.field = input.manifest->path + ":description";
      return;
    }
  }
  // Rule 4: the README's lede, its first intro sentence that passes the rejections.
  if (!lede.empty()) {
    profile.purpose = lede;
    profile.purpose_from = lede_span;
    return;
  }
  // Rule 5: the source's description fact (a text source's first sentence), under the same
  // rejections; none at all is better than an instruction or an announcement.
  if (const core::Fact* f = input.sheet->First(core::FactKind::kDescription)) {
    const std::string sentence = CleanText(f->value);
    if (!RejectReason(f->value, sentence).empty()) return;
    profile.purpose = sentence;
    profile.purpose_from.path = f->provenance.path;
    profile.purpose_from.line_begin = f->provenance.line_begin;
    profile.purpose_from.line_end = f->provenance.line_end;
  }
}

}  // namespace repopost::profile
