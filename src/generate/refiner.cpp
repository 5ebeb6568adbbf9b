#include "generate/refiner.h"

#include <algorithm>
#include <cctype>
#include <span>

#include "core/enum_table.h"
#include "text/utf8.h"

namespace repopost::generate {
namespace {

constexpr core::EnumTable<RefineAction, 8> kActions{{{
    {RefineAction::kShorter, "shorter"},
    {RefineAction::kLonger, "longer"},
    {RefineAction::kMoreTechnical, "more-technical"},
    {RefineAction::kLessTechnical, "less-technical"},
    {RefineAction::kMoreSpecific, "more-specific"},
    {RefineAction::kAnotherHook, "another-hook"},
    {RefineAction::kAnotherTone, "another-tone"},
    {RefineAction::kRemoveEmoji, "remove-emoji"},
}}};

// A post as paragraphs: [0] is the hook paragraph, a trailing all-hashtag paragraph is kept apart.
struct Paragraphs {
  std::vector<std::string> body;  // body[0] is the hook paragraph
  std::string hashtags;           // "" when the post has none
};

Paragraphs Split(std::string_view text) {
  Paragraphs out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find("\n\n", start);
    std::string_view para = text.substr(start, end == std::string_view::npos ? end : end - start);
    while (!para.empty() && (para.front() == '\n')) para.remove_prefix(1);
    while (!para.empty() && (para.back() == '\n' || para.back() == ' ')) para.remove_suffix(1);
    if (!para.empty()) out.body.emplace_back(para);
    if (end == std::string_view::npos) break;
    start = end + 2;
  }
  if (out.body.size() > 1 && out.body.back().front() == '#') {
    out.hashtags = out.body.back();
    out.body.pop_back();
  }
  return out;
}

std::string Join(const Paragraphs& p) {
  std::string out;
  for (const auto& para : p.body) {
    if (!out.empty()) out += "\n\n";
    out += para;
  }
  if (!p.hashtags.empty()) out += "\n\n" + p.hashtags;
  return out;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool Mentions(std::string_view text, const core::Fact& fact) {
  return !fact.value.empty() && Lower(text).find(Lower(fact.value)) != std::string::npos;
}

// One sentence stating `fact`, or "" when the kind has no plain wording.
std::string Sentence(const core::Fact& fact) {
  using core::FactKind;
  switch (fact.kind) {
    case FactKind::kFeature:
      return "• " + fact.value;
    case FactKind::kInstallCommand:
      return "Try it: " + fact.value;
    case FactKind::kUsageSnippet:
      return "Usage: " + fact.value;
    case FactKind::kLanguage:
      return "Written in " + fact.value + ".";
    case FactKind::kLicense:
      return "Licensed under " + fact.value + ".";
    case FactKind::kDependencyCount:
      return "Runtime dependencies: " + fact.value + ".";
    case FactKind::kVersion:
      return "Current version: " + fact.value + ".";
    case FactKind::kLatestTag:
      return "Latest release: " + fact.value + ".";
    case FactKind::kCommitCount:
      return fact.value + " commits so far.";
    case FactKind::kAuthorCount:
      return fact.value + " contributors so far.";
    case FactKind::kBenchmark:
      return fact.value;
    case FactKind::kPlatform:
      return "Runs on " + fact.value + ".";
    default:
      return "";
  }
}

core::Result<Refined> AddFact(const RefineInput& input, std::span<const core::FactKind> kinds,
                              std::string_view what) {
  Paragraphs p = Split(input.text);
  for (core::FactKind kind : kinds) {
    for (const auto& fact : input.facts) {
      if (fact.kind != kind || Mentions(input.text, fact)) continue;
      std::string sentence = Sentence(fact);
      if (sentence.empty()) continue;
      p.body.push_back(sentence);
      return Refined{Join(p), "Added " + std::string(what) + ": " + sentence};
    }
  }
  return core::Fail(core::ErrorCode::kConflict, "The source has no " + std::string(what) +
                                                    " that the post does not already state.");
}

core::Result<Refined> Shorter(const RefineInput& input) {
  Paragraphs p = Split(input.text);
  if (p.body.size() <= 1) {
    return core::Fail(core::ErrorCode::kConflict,
                      "The post is only a hook; there is nothing to cut.");
  }
  auto longest = std::max_element(p.body.begin() + 1, p.body.end(),
                                  [](const auto& a, const auto& b) { return a.size() < b.size(); });
  std::string removed = longest->substr(0, 40);
  p.body.erase(longest);
  return Refined{Join(p), "Removed the paragraph starting \"" + removed + "\"."};
}

bool LooksTechnical(std::string_view para) {
  for (std::string_view marker : {"`", "$ ", "--", "::", "()", "Try it:", "Usage:", "install"}) {
    if (para.find(marker) != std::string_view::npos) return true;
  }
  return false;
}

core::Result<Refined> LessTechnical(const RefineInput& input) {
  Paragraphs p = Split(input.text);
  auto it = std::find_if(p.body.begin() + (p.body.empty() ? 0 : 1), p.body.end(), LooksTechnical);
  if (it == p.body.end()) {
    return core::Fail(core::ErrorCode::kConflict,
                      "The post has no command or code line to remove.");
  }
  std::string removed = it->substr(0, 40);
  p.body.erase(it);
  return Refined{Join(p), "Removed the technical paragraph \"" + removed + "\"."};
}

core::Result<Refined> AnotherHook(const RefineInput& input) {
  Paragraphs p = Split(input.text);
  if (p.body.empty()) return core::Fail(core::ErrorCode::kInput, "The post is empty.");
  std::string& hook_para = p.body.front();
  std::size_t line_end = hook_para.find('\n');
  std::string hook = hook_para.substr(0, line_end);
  for (const auto& option : input.hook_options) {
    if (option.text.empty() || option.text == hook) continue;
    if (input.text.find(option.text) != std::string::npos) continue;
    hook_para.replace(0, line_end == std::string::npos ? hook_para.size() : line_end, option.text);
    return Refined{Join(p), "Used the " + std::string(ToString(option.type)) + " hook instead."};
  }
  return core::Fail(core::ErrorCode::kConflict, "There is no other hook for this post.");
}

bool IsEmoji(char32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0xFE0F ||
         cp == 0x200D || (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x1F1E6 && cp <= 0x1F1FF);
}

// Drops emoji and the spaces they leave doubled.
std::string StripEmoji(std::string_view text, bool* changed) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = text::DecodeAt(text, pos);
    if (IsEmoji(cp)) {
      *changed = true;
      continue;
    }
    if (cp == U' ' && !out.empty() && (out.back() == ' ' || out.back() == '\n')) continue;
    text::AppendUtf8(out, cp);
  }
  return out;
}

core::Result<Refined> RemoveEmoji(const RefineInput& input) {
  bool changed = false;
  std::string out = StripEmoji(input.text, &changed);
  if (!changed) return core::Fail(core::ErrorCode::kConflict, "The post has no emoji to remove.");
  Paragraphs p = Split(out);
  for (auto& para : p.body) {
    while (!para.empty() && para.front() == ' ') para.erase(0, 1);
  }
  return Refined{Join(p), "Removed every emoji."};
}

// Toggles between a calm and an energetic register without adding any statement.
core::Result<Refined> AnotherTone(const RefineInput& input) {
  Paragraphs p = Split(input.text);
  if (p.body.empty()) return core::Fail(core::ErrorCode::kInput, "The post is empty.");
  if (input.text.find('!') != std::string::npos) {
    for (auto& para : p.body) std::replace(para.begin(), para.end(), '!', '.');
    bool changed = false;
    Paragraphs calm = Split(StripEmoji(Join(p), &changed));
    return Refined{Join(calm), "Calmer tone: no exclamation marks or emoji."};
  }
  std::string& hook = p.body.front();
  std::size_t end = hook.find('\n');
  std::size_t last = (end == std::string::npos ? hook.size() : end);
  if (last > 0 && (hook[last - 1] == '.' || hook[last - 1] == ':')) {
    hook[last - 1] = '!';
  } else {
    hook.insert(last, "!");
  }
  return Refined{Join(p), "More energetic tone: the hook now ends with an exclamation mark."};
}

}  // namespace

std::string_view ToString(RefineAction value) { return kActions.Name(value); }
std::optional<RefineAction> ParseRefineAction(std::string_view text) { return kActions.Find(text); }
std::string RefineActionChoices() { return kActions.Choices(); }

core::Result<Refined> Refine(const RefineInput& input, RefineAction action) {
  using core::FactKind;
  static constexpr FactKind kLongerKinds[] = {FactKind::kFeature, FactKind::kInstallCommand,
                                              FactKind::kLanguage, FactKind::kLicense,
                                              FactKind::kPlatform};
  static constexpr FactKind kTechnicalKinds[] = {
      FactKind::kInstallCommand,  FactKind::kUsageSnippet, FactKind::kLanguage,
      FactKind::kDependencyCount, FactKind::kPlatform,     FactKind::kLicense};
  static constexpr FactKind kSpecificKinds[] = {FactKind::kBenchmark,   FactKind::kVersion,
                                                FactKind::kLatestTag,   FactKind::kCommitCount,
                                                FactKind::kAuthorCount, FactKind::kDependencyCount};
  switch (action) {
    case RefineAction::kShorter:
      return Shorter(input);
    case RefineAction::kLonger:
      return AddFact(input, kLongerKinds, "detail");
    case RefineAction::kMoreTechnical:
      return AddFact(input, kTechnicalKinds, "technical detail");
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
  }
  return core::Fail(core::ErrorCode::kUsage, "Unknown refine action.");
}

}  // namespace repopost::generate
