#include "score/quality_scorer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "core/enum_table.h"
#include "score/call_to_action.h"
#include "score/concrete_facts.h"
#include "score/post_anatomy.h"
#include "score/readability.h"

namespace repopost::score {
namespace {

constexpr core::EnumTable<QualityAspect, 9> kAspects{{{
    {QualityAspect::kHook, "hook"},
    {QualityAspect::kSpecificity, "specificity"},
    {QualityAspect::kGrounding, "grounding"},
    {QualityAspect::kReadability, "readability"},
    {QualityAspect::kStructure, "structure"},
    {QualityAspect::kLength, "length"},
    {QualityAspect::kHashtags, "hashtags"},
    {QualityAspect::kCallToAction, "call-to-action"},
    {QualityAspect::kToneFit, "tone-fit"},
}}};

// Rubric constants (POSTS.md): the fold, the word sweet spot, the hashtag range.
constexpr std::size_t kMobileFold = 140;
constexpr std::size_t kDesktopFold = 210;
constexpr std::size_t kMinWords = 120;
constexpr std::size_t kMaxWords = 250;
constexpr std::size_t kMaxChars = 3000;
constexpr double kFactsPer100ForFull = 6.0;
// Readers call a post with one or two concrete details thin however short it is: full
// specificity needs at least this many.
constexpr double kFactsForFull = 5.0;

double Clamp01(double x) { return std::clamp(x, 0.0, 1.0); }
double Round1(double x) { return std::round(x * 10.0) / 10.0; }
// 1 inside [lo, hi], falling linearly to 0 at zero_lo and zero_hi.
double Plateau(double x, double zero_lo, double lo, double hi, double zero_hi) {
  if (x < lo) return x <= zero_lo ? 0.0 : (x - zero_lo) / (lo - zero_lo);
  if (x > hi) return x >= zero_hi ? 0.0 : (zero_hi - x) / (zero_hi - hi);
  return 1.0;
}

std::size_t ProseWords(const PostAnatomy& a) { return a.words.size(); }

QualityPart Hook(const PostAnatomy& a) {
  QualityPart p{QualityAspect::kHook, 0, 20, true, ""};
  if (a.hook.empty()) {
    p.explanation = "No hook: the post is empty.";
    return p;
  }
  const PostAnatomy hook = PostAnatomy::Of(a.hook);
  const std::size_t chars = hook.utf16_length;
  double fold = chars <= kMobileFold ? 8 : chars <= kDesktopFold ? 4 : 0;
  double length = Plateau(static_cast<double>(chars), 5, 30, 120, kDesktopFold) * 4;
  bool question = a.hook.find('?') != std::string::npos;
  bool number = std::any_of(a.hook.begin(), a.hook.end(),
                            [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  double form = question || number ? 4 : 2;
  double alone = a.hook_stands_alone ? 4 : 0;
  p.points = fold + length + form + alone;
  std::string_view fold_text = chars <= kMobileFold    ? "fits before the 140-char fold"
                               : chars <= kDesktopFold ? "cut by the fold on mobile"
                                                       : "runs past the fold";
  std::string_view form_text = question ? "a question" : number ? "states a number" : "a statement";
  p.explanation = fmt::format("{} chars, {}, {}, {}.", chars, fold_text, form_text,
                              a.hook_stands_alone ? "on its own line" : "runs into the next line");
  return p;
}

QualityPart Specificity(const PostAnatomy& a) {
  QualityPart p{QualityAspect::kSpecificity, 0, 15, true, ""};
  ConcreteFacts f = ConcreteFacts::In(a);
  std::size_t words = ProseWords(a);
  double per100 = words == 0 ? 0.0 : 100.0 * static_cast<double>(f.Total()) / words;
  p.points = Clamp01(per100 / kFactsPer100ForFull) *
             Clamp01(static_cast<double>(f.Total()) / kFactsForFull) * p.max_points;
  p.explanation = fmt::format(
      "{} concrete facts, {:.1f} per 100 words ({} numbers, {} versions, {} identifiers, {} "
      "names; full marks from 5, at 6 per 100 words).",
      f.Total(), per100, f.numbers, f.versions, f.identifiers, f.proper_nouns);
  return p;
}

QualityPart Grounding(std::optional<double> confidence) {
  QualityPart p{QualityAspect::kGrounding, 0, 15, true, ""};
  if (!confidence) {
    p.assessed = false;
    p.explanation = "No safety report given: grounding not assessed and left out of the total.";
    return p;
  }
  double c = Clamp01(*confidence);
  p.points = c * p.max_points;
  std::string_view verdict = c >= 0.9   ? "claims are supported"
                             : c >= 0.6 ? "some claims are weak"
                                        : "claims lack support";
  p.explanation = fmt::format("Safety confidence {:.2f}: {}.", c, verdict);
  return p;
}

QualityPart ReadabilityPart(const PostAnatomy& a) {
  QualityPart p{QualityAspect::kReadability, 0, 10, true, ""};
  Readability r = Readability::Of(a);
  if (r.sentences == 0) {
    p.explanation = "No sentences to read.";
    return p;
  }
  double sentence = Plateau(r.words_per_sentence, 0, 0, 20, 35) * 5;
  double flesch = Clamp01((r.flesch_reading_ease - 20.0) / 30.0) * 5;
  p.points = sentence + flesch;
  p.explanation = fmt::format("{:.1f} words per sentence, Flesch reading ease {:.0f} ({}).",
                              r.words_per_sentence, r.flesch_reading_ease, r.Label());
  return p;
}

QualityPart Structure(const PostAnatomy& a) {
  QualityPart p{QualityAspect::kStructure, 0, 10, true, ""};
  std::size_t long_paragraphs = 0;
  for (const std::string& para : a.paragraphs) {
    std::size_t lines = 1 + static_cast<std::size_t>(std::count(para.begin(), para.end(), '\n'));
    PostAnatomy pa = PostAnatomy::Of(para);
    if ((lines > 3 && pa.bullet_lines < lines - 1) || pa.words.size() > 60) ++long_paragraphs;
  }
  double paragraphs = std::max(0.0, 5.0 - 2.0 * static_cast<double>(long_paragraphs));
  std::size_t words = ProseWords(a);
  bool broken_up = a.paragraphs.size() >= 3 || words <= 60;
  double breaks = broken_up ? 3 : a.paragraphs.size() == 2 ? 1.5 : 0;
  double bullets = a.bullet_lines >= 2 ? 2 : 1;
  p.points = paragraphs + breaks + bullets;
  p.explanation = fmt::format("{} paragraphs ({} too long), {} bullet lines.", a.paragraphs.size(),
                              long_paragraphs, a.bullet_lines);
  return p;
}

QualityPart Length(const PostAnatomy& a) {
  QualityPart p{QualityAspect::kLength, 0, 10, true, ""};
  std::size_t words = ProseWords(a);
  if (a.utf16_length > kMaxChars) {
    p.explanation =
        fmt::format("{} characters: over LinkedIn's 3,000-character limit.", a.utf16_length);
    return p;
  }
  p.points = Plateau(static_cast<double>(words), 40, kMinWords, kMaxWords, 400) * p.max_points;
  std::string_view where = words < kMinWords ? "below" : words > kMaxWords ? "above" : "inside";
  p.explanation = fmt::format("{} words, {} the 120-250 sweet spot.", words, where);
  return p;
}

QualityPart Hashtags(const PostAnatomy& a) {
  QualityPart p{QualityAspect::kHashtags, 0, 5, true, ""};
  std::size_t n = a.hashtags.size();
  p.points = (n >= 3 && n <= 5) ? 5 : (n == 0 || n >= 8) ? 0 : 2.5;
  p.explanation = fmt::format("{} hashtags ({}).", n,
                              n >= 3 && n <= 5 ? "3-5 is right"
                              : n < 3          ? "3-5 reach further"
                                               : "more than 5 looks spammy");
  return p;
}

QualityPart CallToActionPart(const PostAnatomy& a) {
  QualityPart p{QualityAspect::kCallToAction, 0, 5, true, ""};
  std::optional<CallToAction> cta = FindCallToAction(a);
  if (!cta) {
    p.explanation = "No call to action or question in the closing lines.";
    return p;
  }
  p.points = p.max_points;
  p.explanation = cta->phrase.empty()
                      ? std::string("Ends with a question to the reader.")
                      : fmt::format("Ends with a call to action (\"{}\").", cta->phrase);
  return p;
}

QualityPart ToneFit(const PostAnatomy& a, std::optional<generate::Tone> requested) {
  QualityPart p{QualityAspect::kToneFit, 0, 10, true, ""};
  generate::Tone tone = requested.value_or(generate::Tone::kBalanced);
  std::size_t words = std::max<std::size_t>(1, ProseWords(a));
  double per100 = 100.0 * static_cast<double>(a.emoji_count) / static_cast<double>(words);
  std::size_t e = a.emoji_count;
  double fit = 0;
  switch (tone) {
    case generate::Tone::kMinimal:
      fit = e == 0 ? 1.0 : std::max(0.0, 1.0 - 0.3 * static_cast<double>(e));
      if (a.exclamation_marks > 1) fit = std::max(0.0, fit - 0.2);
      break;
    case generate::Tone::kBalanced:
      fit = e == 0 ? 0.8 : per100 <= 3.0 && e <= 6 ? 1.0 : std::max(0.2, 1.0 - (per100 - 3.0) / 6);
      break;
    case generate::Tone::kHighEnergy:
      fit = e >= 3 ? 1.0 : e >= 1 ? 0.7 : 0.4;
      if (per100 > 10.0) fit = 0.6;
      break;
  }
  p.points = fit * p.max_points;
  p.explanation = fmt::format("{} emoji ({:.1f} per 100 words) for a {} tone{}.", e, per100,
                              generate::ToString(tone),
                              requested ? "" : " (no tone given; judged as balanced)");
  return p;
}

}  // namespace

std::string_view ToString(QualityAspect aspect) { return kAspects.Name(aspect); }
std::optional<QualityAspect> ParseQualityAspect(std::string_view text) {
  return kAspects.Find(text);
}

QualityScore ScoreQuality(const QualityInput& input) {
  const PostAnatomy a = PostAnatomy::Of(input.text);
  QualityScore score;
  score.parts = {Hook(a),
                 Specificity(a),
                 Grounding(input.safety_confidence),
                 ReadabilityPart(a),
                 Structure(a),
                 Length(a),
                 Hashtags(a),
                 CallToActionPart(a),
                 ToneFit(a, input.tone)};
  double got = 0, possible = 0;
  for (QualityPart& part : score.parts) {
    part.points = Round1(std::clamp(part.points, 0.0, part.max_points));
    if (!part.assessed) continue;
    got += part.points;
    possible += part.max_points;
  }
  score.total = possible > 0 ? Round1(100.0 * got / possible) : 0.0;
  return score;
}

}  // namespace repopost::score
