#include "generate/template_writer.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "generate/caption.h"
#include "generate/fact_digest.h"
#include "generate/hashtags.h"
#include "generate/hook_writer.h"
#include "generate/phrase_renderer.h"
#include "generate/spec_table.h"
#include "generate/story_writer.h"
#include "profile/profile_builder.h"
#include "profile/profile_sheet.h"
#include "profile/sheet_profile.h"
#include "safety/repository_claim_screen.h"
#include "text/utf8.h"

namespace repopost::generate {
namespace {

std::string Assemble(const std::string& hook, const std::vector<Paragraph>& body) {
  std::string out = hook;
  for (const Paragraph& paragraph : body) out += "\n\n" + paragraph.text;
  return out;
}

std::string HashtagLine(const std::vector<std::string>& tags) {
  std::string line;
  for (const std::string& tag : tags) line += (line.empty() ? "" : " ") + tag;
  return line;
}

void AddIds(std::vector<std::string>& into, const std::vector<std::string>& ids) {
  for (const std::string& id : ids) {
    if (std::find(into.begin(), into.end(), id) == into.end()) into.push_back(id);
  }
}

bool Overlaps(const core::Provenance& fact, const profile::SourceSpan& span) {
  if (span.path.empty() && fact.path.empty())
    return !span.field.empty() && span.field == fact.field;
  if (span.path.empty() || fact.path != span.path) return false;
  if (span.line_begin == 0 || fact.line_begin == 0) return true;
  const int span_end = std::max(span.line_begin, span.line_end);
  const int fact_end = std::max(fact.line_begin, fact.line_end);
  return fact.line_begin <= span_end && span.line_begin <= fact_end;
}

// Facts in the sheet's order, so facts_used reads like the FactSheet does: the slots' facts, the
// facts the used profile values were read from, and facts whose value the post quotes.
std::vector<core::Fact> FactsUsed(const core::FactSheet& sheet, const std::vector<std::string>& ids,
                                  const std::vector<profile::SourceSpan>& spans,
                                  const std::string& text) {
  std::vector<core::Fact> out;
  for (const core::Fact& fact : sheet.facts) {
    const bool by_id = std::find(ids.begin(), ids.end(), fact.id) != ids.end();
    const bool by_span = std::any_of(spans.begin(), spans.end(), [&](const auto& span) {
      return Overlaps(fact.provenance, span) ||
             (!span.tag.empty() && fact.provenance.tag == span.tag);
    });
    // A quoted value may open lowered ("sums itself up as \"a fast ...\"").
    std::string lowered = fact.value;
    if (!lowered.empty()) {
      lowered[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowered[0])));
    }
    const bool quoted = fact.value.size() >= 3 && (text.find(fact.value) != std::string::npos ||
                                                   text.find(lowered) != std::string::npos);
    if (by_id || by_span || quoted) out.push_back(fact);
  }
  return out;
}

// Up to five distinct hooks with `chosen` among them: one per type where facts allow, then more.
template <typename OptionsOf>
std::vector<HookOption> HookAlternatives(const HookOption& chosen, const OptionsOf& options_of) {
  constexpr std::size_t kWanted = 5;
  std::vector<std::vector<HookOption>> by_type;
  for (HookType type : AllHookTypes()) by_type.push_back(options_of(type));
  std::vector<HookOption> out{chosen};
  auto add = [&](const HookOption& option) {
    const bool seen = std::any_of(out.begin(), out.end(),
                                  [&](const HookOption& o) { return o.text == option.text; });
    if (!seen && out.size() < kWanted) out.push_back(option);
  };
  for (std::size_t depth = 0; out.size() < kWanted; ++depth) {
    bool any = false;
    for (const std::vector<HookOption>& options : by_type) {
      if (depth < options.size()) {
        any = true;
        add(options[depth]);
      }
    }
    if (!any) break;
  }
  std::stable_sort(out.begin(), out.end(), [](const HookOption& a, const HookOption& b) {
    return static_cast<int>(a.type) < static_cast<int>(b.type);
  });
  return out;
}

}  // namespace

std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  bool has_alnum = false;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool space = i == text.size() || std::isspace(static_cast<unsigned char>(text[i])) != 0;
    if (space) {
      if (in_word && has_alnum) ++words;
      in_word = false;
      has_alnum = false;
    } else {
      in_word = true;
      if (std::isalnum(static_cast<unsigned char>(text[i])) != 0) has_alnum = true;
    }
  }
  return words;
}

TemplateWriter::TemplateWriter() {
  const core::Result<PhraseBank>& bank = PhraseBank::Embedded();
  if (bank) bank_ = &*bank;
}

core::Result<Post> TemplateWriter::Write(const core::FactSheet& facts,
                                         const PostOptions& options) const {
  // As the generation service does: understood first, then written from the profile's sheet.
  profile::Understood understood = profile::UnderstandSheet(facts);
  safety::ScreenProfileClaims(understood.profile);
  safety::ScreenRepositoryClaims(understood.sheet);
  return Write(understood.sheet, options, understood.profile);
}

core::Result<Post> TemplateWriter::Write(const core::FactSheet& facts, const PostOptions& options,
                                         const profile::ProjectProfile& profile) const {
  if (bank_ == nullptr) {
    return tl::unexpected(PhraseBank::Embedded().error());
  }
  const PhraseRenderer renderer(*bank_);
  const FactDigest digest = FactDigest::From(facts);
  if (!digest.Has("project") && !digest.Has("tagline") && profile.name.empty()) {
    return core::Fail(core::ErrorCode::kInput,
                      "the source gave no project name or description, so there is nothing true "
                      "to write about");
  }

  Post post;
  post.options = options;
  post.writer = WriterTier::kTemplate;
  post.notes.push_back("phrase-bank v" + bank_->version());

  const StoryWriter story(profile, digest, options);
  const HookWriter bank_hooks(renderer, digest, options.tone, options.seed);
  auto options_of = [&](HookType type) {
    std::vector<HookOption> out = story.Hooks(type);
    for (HookOption& more : bank_hooks.Options(type)) out.push_back(std::move(more));
    return out;
  };
  // The profile's hooks first, for the requested type and then its fallbacks; the phrase bank's
  // only when the profile has none for any of them.
  std::optional<HookOption> hook;
  std::vector<HookType> order{options.hook};
  for (HookType fallback : SpecFor(options.hook).fallbacks) order.push_back(fallback);
  for (HookType any : AllHookTypes()) {
    if (std::find(order.begin(), order.end(), any) == order.end()) order.push_back(any);
  }
  for (bool from_profile : {true, false}) {
    for (HookType type : order) {
      std::vector<HookOption> found = from_profile ? story.Hooks(type) : bank_hooks.Options(type);
      if (!found.empty()) {
        hook = std::move(found.front());
        break;
      }
    }
    if (hook) break;
  }
  if (!hook) {
    return core::Fail(
        core::ErrorCode::kInput,
        "the facts are too thin for any hook: the source needs at least a project name");
  }
  if (hook->type != options.hook) {
    post.notes.push_back("no facts for a " + std::string(ToString(options.hook)) + " hook; used " +
                         std::string(ToString(hook->type)));
  }
  post.hook = hook->text;
  post.hook_used = hook->type;
  post.hook_options = HookAlternatives(*hook, options_of);

  post.hashtags = PickHashtags(facts, options);
  const std::string tag_line = HashtagLine(post.hashtags);
  const std::size_t tag_units = tag_line.empty() ? 0 : text::Utf16Length(tag_line) + 2;

  std::vector<Paragraph> body;
  std::string text;
  for (std::size_t level = 0; level < kStoryLevels; ++level) {
    body = story.Body(*hook, level);
    text = Assemble(post.hook, body);
    if (CountWords(text) <= kTargetMaxWords &&
        text::Utf16Length(text) + tag_units <= kLinkedInMaxUtf16) {
      break;
    }
  }
  while ((text::Utf16Length(text) + tag_units > kLinkedInMaxUtf16 ||
          CountWords(text) > kTargetMaxWords) &&
         !body.empty()) {
    body.erase(body.begin() + static_cast<long>(body.size() / 2));
    text = Assemble(post.hook, body);
  }
  if (!tag_line.empty()) text += "\n\n" + tag_line;
  post.text = std::move(text);

  std::vector<std::string> used = hook->fact_ids;
  std::vector<profile::SourceSpan> spans = story.HookSpans(*hook);
  for (const Paragraph& paragraph : body) {
    AddIds(used, paragraph.fact_ids);
    spans.insert(spans.end(), paragraph.spans.begin(), paragraph.spans.end());
  }

  if (!options.caption_asset.empty()) {
    core::Result<Rendered> caption =
        WriteCaption(renderer, digest, options.caption_asset, options.tone, options.seed);
    if (!caption) return tl::unexpected(caption.error());
    post.caption = std::move(caption->text);
    AddIds(used, caption->fact_ids);
  }
  post.facts_used = FactsUsed(facts, used, spans, post.text + "\n" + post.caption);

  if (options.link == LinkMode::kBody && !digest.Has("url")) {
    post.notes.push_back("no repository URL or homepage fact; link left out");
  }
  if (CountWords(post.text) < 120) {
    post.notes.push_back("the post is " + std::to_string(CountWords(post.text)) +
                         " words, under 120: the facts allow no more without padding");
  }
  return post;
}

}  // namespace repopost::generate
