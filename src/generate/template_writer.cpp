#include "generate/template_writer.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "generate/body_writer.h"
#include "generate/caption.h"
#include "generate/fact_digest.h"
#include "generate/hashtags.h"
#include "generate/hook_writer.h"
#include "generate/phrase_renderer.h"
#include "text/utf8.h"

namespace repopost::generate {
namespace {

// From the fullest body to the leanest; the writer takes the first that fits the word range.
constexpr std::array<BodyBudget, 5> kBudgets{{
    {5, 3, 2, true, true},
    {4, 3, 1, true, true},
    {3, 2, 1, false, true},
    {3, 2, 1, false, false},
    {2, 1, 0, false, false},
}};

std::string Assemble(const std::string& hook, const std::vector<Block>& blocks) {
  std::string out = hook;
  for (const Block& block : blocks) out += "\n\n" + block.text;
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

// Facts in the sheet's order, so facts_used reads like the FactSheet does.
std::vector<core::Fact> FactsById(const core::FactSheet& sheet,
                                  const std::vector<std::string>& ids) {
  std::vector<core::Fact> out;
  for (const core::Fact& fact : sheet.facts) {
    if (std::find(ids.begin(), ids.end(), fact.id) != ids.end()) out.push_back(fact);
  }
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
  if (bank_ == nullptr) {
    return tl::unexpected(PhraseBank::Embedded().error());
  }
  const PhraseRenderer renderer(*bank_);
  const FactDigest digest = FactDigest::From(facts);
  if (!digest.Has("project") && !digest.Has("tagline")) {
    return core::Fail(core::ErrorCode::kInput,
                      "the source gave no project name or description, so there is nothing true "
                      "to write about");
  }

  Post post;
  post.options = options;
  post.writer = WriterTier::kTemplate;
  post.notes.push_back("phrase-bank v" + bank_->version());

  const HookWriter hooks(renderer, digest, options.tone, options.seed);
  std::optional<HookOption> hook = hooks.Choose(options.hook);
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
  post.hook_options = hooks.Alternatives(*hook);

  post.hashtags = PickHashtags(facts, options);
  const std::string tag_line = HashtagLine(post.hashtags);
  const std::size_t tag_units = tag_line.empty() ? 0 : text::Utf16Length(tag_line) + 2;

  const BodyWriter body(renderer, digest, options, *hook);
  std::vector<Block> blocks;
  std::string text;
  for (const BodyBudget& budget : kBudgets) {
    blocks = body.Write(budget);
    text = Assemble(post.hook, blocks);
    if (CountWords(text) <= kTargetMaxWords &&
        text::Utf16Length(text) + tag_units <= kLinkedInMaxUtf16) {
      break;
    }
  }
  // The leanest budget is bounded by per-item caps far below the limit; keep the guarantee anyway.
  while (text::Utf16Length(text) + tag_units > kLinkedInMaxUtf16 && !blocks.empty()) {
    blocks.pop_back();
    text = Assemble(post.hook, blocks);
  }
  if (!tag_line.empty()) text += "\n\n" + tag_line;
  post.text = std::move(text);

  std::vector<std::string> used = hook->fact_ids;
  for (const Block& block : blocks) AddIds(used, block.fact_ids);

  if (!options.caption_asset.empty()) {
    core::Result<Rendered> caption =
        WriteCaption(renderer, digest, options.caption_asset, options.tone, options.seed);
    if (!caption) return tl::unexpected(caption.error());
    post.caption = std::move(caption->text);
    AddIds(used, caption->fact_ids);
  }
  post.facts_used = FactsById(facts, used);

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
