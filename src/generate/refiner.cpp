#include "generate/refiner.h"

#include <algorithm>
#include <cctype>
#include <span>

#include "core/enum_table.h"
#include "generate/post_shape.h"
#include "generate/sentence_overlap.h"
#include "text/utf8.h"

namespace repopost::generate {
namespace {

constexpr core::EnumTable<RefineAction, 9> kActions{{{
    {RefineAction::kShorter, "shorter"},
    {RefineAction::kLonger, "longer"},
    {RefineAction::kMoreTechnical, "more-technical"},
    {RefineAction::kLessTechnical, "less-technical"},
    {RefineAction::kMoreSpecific, "more-specific"},
    {RefineAction::kAnotherHook, "another-hook"},
    {RefineAction::kAnotherTone, "another-tone"},
    {RefineAction::kRemoveEmoji, "remove-emoji"},
    {RefineAction::kUseHook, "use-hook"},
}}};

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool Mentions(std::string_view text, const core::Fact& fact) {
  return !fact.value.empty() && Lower(text).find(Lower(fact.value)) != std::string::npos;
}

// True when a line or sentence of `text` already says nearly what `sentence` says.
bool SaysAlready(std::string_view text, std::string_view sentence) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of("\n", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    if (NearDuplicate(line, sentence)) return true;
    for (std::size_t from = 0; from < line.size();) {
      std::size_t stop = line.find(". ", from);
      if (stop == std::string_view::npos) stop = line.size();
      if (NearDuplicate(line.substr(from, stop - from), sentence)) return true;
      from = stop + 2;
    }
    start = end + 1;
  }
  return false;
}

std::string FirstLine(std::string_view text) {
  return std::string(text.substr(0, text.find('\n')));
}

std::string Capitalised(std::string text) {
  if (!text.empty() && std::islower(static_cast<unsigned char>(text.front())) != 0) {
    text.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(text.front())));
  }
  return text;
}

bool HasEmoji(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (IsEmoji(text::DecodeAt(text, pos))) return true;
  }
  return false;
}

bool StartsWithEmoji(std::string_view line) {
  std::size_t pos = 0;
  return !line.empty() && IsEmoji(text::DecodeAt(line, pos));
}

// `line` without emoji and without the spaces an emoji leaves at its start.
std::string StripLineEmoji(std::string_view line) {
  std::string out;
  std::size_t pos = 0;
  while (pos < line.size()) {
    const char32_t cp = text::DecodeAt(line, pos);
    if (IsEmoji(cp) || (cp == U' ' && out.empty())) continue;
    text::AppendUtf8(out, cp);
  }
  return out;
}

// Drops emoji. Emoji bullets keep the list a list: in a paragraph where two or more lines open
// with an emoji ("✅ fast\n✅ safe"), each of those lines opens with "• " instead.
std::string StripEmoji(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::string out;
  std::size_t first = 0;  // first line of the current paragraph
  while (first < lines.size()) {
    std::size_t last = first;
    while (last < lines.size() && !lines[last].empty()) ++last;
    const auto led =
        std::count_if(lines.begin() + static_cast<std::ptrdiff_t>(first),
                      lines.begin() + static_cast<std::ptrdiff_t>(last), StartsWithEmoji);
    for (std::size_t i = first; i < last; ++i) {
      if (!out.empty()) out += '\n';
      if (led >= 2 && StartsWithEmoji(lines[i])) out += "• ";
      out += StripLineEmoji(lines[i]);
    }
    for (; last < lines.size() && lines[last].empty(); ++last) out += '\n';
    first = last;
  }
  return out;
}

// One sentence stating `fact` in the post's words, or "" when the kind has no plain wording.
std::string Sentence(const core::Fact& fact) {
  using core::FactKind;
  const std::string value = FirstLine(fact.value);
  // A heading ("Features:") leads into a list; alone it states nothing and would dangle.
  if (value.empty() || value.size() > 240 || value.back() == ':') return "";
  switch (fact.kind) {
    case FactKind::kFeature: {
      // A command listed as a feature ("quickfmt --check data.json.") stays a command.
      std::string bare = value;
      if (bare.ends_with('.')) bare.pop_back();
      if (LooksLikeCode(bare)) return "To use it:\n" + bare;
      return EndSentence(Capitalised(value));
    }
    case FactKind::kInstallCommand:
      return "To install it:\n" + value;
    case FactKind::kUsageSnippet:
      return "To use it:\n" + value;
    case FactKind::kLanguage:
      return "Written in " + value + ".";
    case FactKind::kLicense:
      return "Licensed under " + value + ".";
    case FactKind::kDependencyCount:
      return "Runtime dependencies: " + value + ".";
    case FactKind::kVersion:
      return "Current version: " + value + ".";
    case FactKind::kLatestTag:
      return "Latest release: " + value + ".";
    case FactKind::kCommitCount:
      return value + " commits so far.";
    case FactKind::kAuthorCount:
      return value + " contributors so far.";
    case FactKind::kBenchmark:
      return EndSentence(Capitalised(value));
    case FactKind::kPlatform:
      return "Runs on " + value + ".";
    default:
      return "";
  }
}

// `code_only`: only facts written as a command or code line (more-technical).
core::Result<Refined> AddFact(const RefineInput& input, std::span<const core::FactKind> kinds,
                              std::string_view what, bool code_only = false) {
  PostShape shape = PostShape::Parse(input.text);
  // What the post states, hashtags aside: "#Rust" does not say it is written in Rust.
  PostShape statements = shape;
  statements.hashtags.clear();
  const std::string stated = statements.Render();
  for (core::FactKind kind : kinds) {
    for (const auto& fact : input.facts) {
      if (fact.kind != kind || Mentions(stated, fact)) continue;
      std::string sentence = Sentence(fact);
      if (sentence.empty() || SaysAlready(stated, sentence)) continue;
      if (code_only && sentence.find('\n') == std::string::npos) continue;
      shape.AddToBody(sentence);
      return Refined{shape.Render(), "Added " + std::string(what) + ": " + FirstLine(sentence)};
    }
  }
  return core::Fail(
      core::ErrorCode::kConflict,
      input.facts.empty()
          ? "No facts of the source are stored with this post, so there is no " +
                std::string(what) + " to add."
          : "The source has no " + std::string(what) + " that the post does not already state.");
}

core::Result<Refined> Shorter(const RefineInput& input) {
  PostShape shape = PostShape::Parse(input.text);
  if (shape.head.size() <= 1) {
    return core::Fail(core::ErrorCode::kConflict,
                      "The post is only a hook and its closing; there is nothing to cut.");
  }
  auto longest = std::max_element(shape.head.begin() + 1, shape.head.end(),
                                  [](const auto& a, const auto& b) { return a.size() < b.size(); });
  const std::string removed = FirstLine(*longest).substr(0, 40);
  shape.head.erase(longest);
  return Refined{shape.Render(), "Removed the paragraph starting \"" + removed + "\"."};
}

// A word a non-developer would not read: code, a flag, a path, an identifier, a target triple
// ("aarch64-unknown-linux-musl").
bool IsTechnicalWord(std::string_view word) {
  while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back())) != 0 &&
         word.back() != ')') {
    word.remove_suffix(1);
  }
  if (word.starts_with("http")) return false;
  if (word.starts_with("--") || word.find('`') != word.npos || word.find("::") != word.npos ||
      word.find("()") != word.npos || word.find('_') != word.npos) {
    return true;
  }
  const auto hyphens = std::count(word.begin(), word.end(), '-');
  const bool digit =
      std::any_of(word.begin(), word.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
  return hyphens >= 2 && digit;
}

bool HasTechnicalWord(std::string_view line) {
  std::size_t start = 0;
  while (start < line.size()) {
    std::size_t end = line.find(' ', start);
    if (end == std::string_view::npos) end = line.size();
    if (IsTechnicalWord(line.substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

// A paragraph with a command or code line in it, lead-in included ("To try it:\n→ cargo ...").
bool LooksTechnical(std::string_view paragraph) {
  std::size_t start = 0;
  while (start <= paragraph.size()) {
    std::size_t end = paragraph.find('\n', start);
    if (end == std::string_view::npos) end = paragraph.size();
    if (LooksLikeCode(paragraph.substr(start, end - start))) return true;
    start = end + 1;
  }
  return paragraph.find('`') != std::string_view::npos;
}

// Drops the lines of `paragraph` that hold a technical word; "" when none is left.
std::string WithoutTechnicalLines(const std::string& paragraph) {
  std::string out;
  std::size_t start = 0;
  while (start <= paragraph.size()) {
    std::size_t end = paragraph.find('\n', start);
    if (end == std::string::npos) end = paragraph.size();
    const std::string line = paragraph.substr(start, end - start);
    if (!HasTechnicalWord(line)) out += (out.empty() ? "" : "\n") + line;
    start = end + 1;
  }
  return out;
}

core::Result<Refined> LessTechnical(const RefineInput& input) {
  PostShape shape = PostShape::Parse(input.text);
  std::size_t removed = 0;
  for (std::size_t i = shape.body_begin(); i < shape.head.size();) {
    if (LooksTechnical(shape.head[i])) {
      shape.head.erase(shape.head.begin() + static_cast<std::ptrdiff_t>(i));
      ++removed;
      continue;
    }
    std::string plain = WithoutTechnicalLines(shape.head[i]);
    if (plain != shape.head[i]) ++removed;
    if (plain.empty()) {
      shape.head.erase(shape.head.begin() + static_cast<std::ptrdiff_t>(i));
      continue;
    }
    shape.head[i] = std::move(plain);
    ++i;
  }
  if (removed == 0) {
    return core::Fail(core::ErrorCode::kConflict,
                      "The post has no command, code or technical term to remove.");
  }
  return Refined{shape.Render(), "Removed the commands, code and technical terms."};
}

std::string HookWithoutAccent(std::string_view hook) {
  std::string out = StripEmoji(hook);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Opens with `option`; its emoji accent only when the post still has emoji.
core::Result<Refined> OpenWith(PostShape shape, const HookOption& option,
                               std::string_view post_text) {
  shape.ReplaceHook(HasEmoji(post_text) ? option.text : HookWithoutAccent(option.text));
  return Refined{shape.Render(), "Opened with the " + std::string(ToString(option.type)) +
                                     " hook: \"" + option.text + "\"."};
}

core::Result<Refined> AnotherHook(const RefineInput& input) {
  PostShape shape = PostShape::Parse(input.text);
  if (shape.head.empty()) return core::Fail(core::ErrorCode::kInput, "The post is empty.");
  const std::string hook = HookWithoutAccent(shape.Hook());
  for (const auto& option : input.hook_options) {
    if (option.text.empty() || HookWithoutAccent(option.text) == hook) continue;
    if (input.text.find(option.text) != std::string::npos) continue;
    return OpenWith(std::move(shape), option, input.text);
  }
  return core::Fail(core::ErrorCode::kConflict,
                    input.hook_options.empty()
                        ? "No hook alternatives are stored with this post."
                        : "The post already uses every stored hook alternative.");
}

core::Result<Refined> UseHook(const RefineInput& input) {
  const std::string& choice = input.hook_choice;
  const HookOption* chosen = nullptr;
  const auto& options = input.hook_options;
  if (!choice.empty() && std::all_of(choice.begin(), choice.end(),
                                     [](unsigned char c) { return std::isdigit(c) != 0; })) {
    const std::size_t number = choice.size() > 3 ? 0 : std::stoul(choice);
    if (number >= 1 && number <= options.size()) chosen = &options[number - 1];
  } else if (auto type = ParseHookType(choice)) {
    auto it = std::find_if(options.begin(), options.end(),
                           [&](const HookOption& o) { return o.type == *type; });
    if (it != options.end()) chosen = &*it;
  } else {
    auto it = std::find_if(options.begin(), options.end(),
                           [&](const HookOption& o) { return o.text == choice; });
    if (it != options.end()) chosen = &*it;
  }
  if (chosen == nullptr || chosen->text.empty()) {
    return core::Fail(core::ErrorCode::kUsage,
                      options.empty() ? "No hook alternatives are stored with this post."
                                      : "No hook option \"" + choice + "\"; give its number (1-" +
                                            std::to_string(options.size()) + "), its type (" +
                                            HookTypeChoices() + ") or its text.");
  }
  PostShape shape = PostShape::Parse(input.text);
  if (HookWithoutAccent(shape.Hook()) == HookWithoutAccent(chosen->text)) {
    return core::Fail(core::ErrorCode::kConflict, "The post already opens with that hook.");
  }
  return OpenWith(std::move(shape), *chosen, input.text);
}

core::Result<Refined> RemoveEmoji(const RefineInput& input) {
  if (!HasEmoji(input.text)) {
    return core::Fail(core::ErrorCode::kConflict, "The post has no emoji to remove.");
  }
  return Refined{PostShape::Parse(StripEmoji(input.text)).Render(), "Removed every emoji."};
}

bool IsLively(std::string_view text) {
  return text.find('!') != std::string_view::npos || HasEmoji(text);
}

core::Result<Refined> Calmer(const RefineInput& input) {
  if (!IsLively(input.text)) {
    return core::Fail(core::ErrorCode::kConflict,
                      "The post is already calm: no exclamation marks or emoji.");
  }
  std::string calm = StripEmoji(input.text);
  std::replace(calm.begin(), calm.end(), '!', '.');
  return Refined{PostShape::Parse(calm).Render(), "Calmer tone: no exclamation marks or emoji."};
}

// Ends the hook with an exclamation mark, before any emoji accent it ends with.
core::Result<Refined> Livelier(const RefineInput& input) {
  PostShape shape = PostShape::Parse(input.text);
  if (shape.head.empty()) return core::Fail(core::ErrorCode::kInput, "The post is empty.");
  std::string& first = shape.head.front();
  std::size_t end = first.find('\n');
  if (end == std::string::npos) end = first.size();
  // The last character of the hook that is neither emoji nor space.
  std::size_t last = std::string::npos;
  for (std::size_t pos = 0; pos < end;) {
    const std::size_t at = pos;
    const char32_t cp = text::DecodeAt(first, pos);
    if (!IsEmoji(cp) && cp != U' ') last = at;
  }
  if (last == std::string::npos) return core::Fail(core::ErrorCode::kInput, "The hook is empty.");
  const char c = first[last];
  if (c == '!' || c == '?') {
    return core::Fail(core::ErrorCode::kConflict, "The hook already ends with an exclamation.");
  }
  if (c == '.' || c == ':' || c == ';' || c == ',') {
    first[last] = '!';
  } else {
    first.insert(last + 1, "!");
  }
  return Refined{shape.Render(), "Livelier tone: the hook now ends with an exclamation mark."};
}

core::Result<Refined> AnotherTone(const RefineInput& input) {
  switch (input.tone_shift) {
    case ToneShift::kCalmer:
      return Calmer(input);
    case ToneShift::kLivelier:
      return Livelier(input);
    case ToneShift::kToggle:
      break;
  }
  return input.text.find('!') != std::string::npos ? Calmer(input) : Livelier(input);
}

}  // namespace

std::string_view ToString(RefineAction value) { return kActions.Name(value); }
std::optional<RefineAction> ParseRefineAction(std::string_view text) { return kActions.Find(text); }
std::string RefineActionChoices() {
  std::string choices;
  for (const auto& [value, name] : kActions.entries) {
    if (value == RefineAction::kUseHook) continue;  // needs a hook: --use-hook, "use_hook"
    choices += (choices.empty() ? "" : "|") + std::string(name);
  }
  return choices;
}

core::Result<Refined> Refine(const RefineInput& input, RefineAction action) {
  using core::FactKind;
  static constexpr FactKind kLongerKinds[] = {FactKind::kFeature, FactKind::kInstallCommand,
                                              FactKind::kLanguage, FactKind::kLicense,
                                              FactKind::kPlatform};
  static constexpr FactKind kTechnicalKinds[] = {
      FactKind::kInstallCommand,  FactKind::kUsageSnippet, FactKind::kLanguage,
      FactKind::kDependencyCount, FactKind::kPlatform,     FactKind::kLicense};
  static constexpr FactKind kCodeFeatures[] = {FactKind::kFeature};
  static constexpr FactKind kSpecificKinds[] = {FactKind::kBenchmark,   FactKind::kVersion,
                                                FactKind::kLatestTag,   FactKind::kCommitCount,
                                                FactKind::kAuthorCount, FactKind::kDependencyCount};
  switch (action) {
    case RefineAction::kShorter:
      return Shorter(input);
    case RefineAction::kLonger:
      return AddFact(input, kLongerKinds, "detail");
    case RefineAction::kMoreTechnical:
      if (auto added = AddFact(input, kTechnicalKinds, "technical detail")) return added;
      return AddFact(input, kCodeFeatures, "technical detail", /*code_only=*/true);
    case RefineAction::kLessTechnical:
      return LessTechnical(input);
    case RefineAction::kMoreSpecific:
      return AddFact(input, kSpecificKinds, "specific number");
    case RefineAction::kAnotherHook:
      return AnotherHook(input);
    case RefineAction::kAnotherTone:
      return AnotherTone(input);
    case RefineAction::kRemoveEmoji:
      return RemoveEmoji(input);
    case RefineAction::kUseHook:
      return UseHook(input);
  }
  return core::Fail(core::ErrorCode::kUsage, "Unknown refine action.");
}

}  // namespace repopost::generate
