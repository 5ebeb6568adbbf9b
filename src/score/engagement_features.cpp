#include "score/engagement_features.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "core/enum_table.h"
#include "score/call_to_action.h"
#include "score/concrete_facts.h"
#include "score/post_anatomy.h"

namespace repopost::score {
namespace {

constexpr core::EnumTable<MediaKind, 3> kMediaKinds{{{
    {MediaKind::kText, "text"},
    {MediaKind::kImage, "image"},
    {MediaKind::kVideo, "video"},
}}};

constexpr std::array<std::string_view, 20> kNames = {
    "log_words",           "log_hook_chars",   "hook_fits_fold",     "log_lines",
    "log_paragraphs",      "hook_is_question", "has_question",       "log_emoji",
    "log_hashtags",        "log_numbers",      "log_named_things",   "first_person_singular",
    "first_person_plural", "second_person",    "has_call_to_action", "log_links",
    "log_mentions",        "log_bullet_lines", "media_image",        "media_video"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

double Log1p(std::size_t n) { return std::log1p(static_cast<double>(n)); }

}  // namespace

std::string_view ToString(MediaKind kind) { return kMediaKinds.Name(kind); }
std::optional<MediaKind> ParseMediaKind(std::string_view text) { return kMediaKinds.Find(text); }

std::span<const std::string_view> EngagementFeatures::Names() { return kNames; }

std::vector<double> EngagementFeatures::Of(std::string_view text, MediaKind media) {
  const PostAnatomy a = PostAnatomy::Of(text);
  const PostAnatomy hook = PostAnatomy::Of(a.hook);
  const ConcreteFacts facts = ConcreteFacts::In(a);

  std::size_t singular = 0, plural = 0, second = 0;
  for (const std::string& w : a.words) {
    std::string l = Lower(w);
    if (l == "i" || l == "me" || l == "my" || l == "mine" || l == "i'm" || l == "i've")
      ++singular;
    else if (l == "we" || l == "our" || l == "us" || l == "ours" || l == "we're")
      ++plural;
    else if (l == "you" || l == "your" || l == "yours" || l == "you're")
      ++second;
  }
  const double words = static_cast<double>(std::max<std::size_t>(1, a.words.size()));
  const std::size_t non_blank_lines = static_cast<std::size_t>(std::count_if(
      a.lines.begin(), a.lines.end(), [](const std::string& l) { return !l.empty(); }));

  std::vector<double> v = {
      Log1p(a.words.size()),
      Log1p(hook.utf16_length),
      hook.utf16_length <= 140 ? 1.0 : 0.0,
      Log1p(non_blank_lines),
      Log1p(a.paragraphs.size()),
      a.hook.find('?') != std::string::npos ? 1.0 : 0.0,
      a.question_marks > 0 ? 1.0 : 0.0,
      Log1p(a.emoji_count),
      Log1p(a.hashtags.size()),
      Log1p(facts.numbers + facts.versions),
      Log1p(facts.proper_nouns + facts.identifiers),
      singular / words,
      plural / words,
      second / words,
      FindCallToAction(a) ? 1.0 : 0.0,
      Log1p(a.url_count),
      Log1p(a.mention_count),
      Log1p(a.bullet_lines),
      media == MediaKind::kImage ? 1.0 : 0.0,
      media == MediaKind::kVideo ? 1.0 : 0.0,
  };
  return v;
}

}  // namespace repopost::score
