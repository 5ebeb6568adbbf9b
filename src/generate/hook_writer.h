// HookWriter: the first line of a post, built only from facts (POSTS.md "Grounded hooks"). For a
// requested hook type it renders the phrase-bank variants whose slots the facts can fill, keeps
// those that fit LinkedIn's fold (140 UTF-16 units, at most two lines), and falls back along the
// spec table's fallback order when the type's facts are missing.
//
//   HookWriter hooks(renderer, digest, Tone::kBalanced, seed);
//   std::optional<HookOption> hook = hooks.Choose(HookType::kStory);
//   std::vector<HookOption> five = hooks.Alternatives(*hook);
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "generate/fact_digest.h"
#include "generate/phrase_renderer.h"
#include "generate/post.h"

namespace repopost::generate {

inline constexpr std::size_t kHookMaxUtf16 = 140;
inline constexpr int kHookMaxLines = 2;

// True when `hook` fits above LinkedIn's fold: at most 140 UTF-16 units and two lines.
bool HookFits(std::string_view hook);

class HookWriter {
 public:
  // REQUIRES: `renderer` and `digest` outlive the writer.
  HookWriter(const PhraseRenderer& renderer, const FactDigest& digest, Tone tone,
             std::uint64_t seed)
      : renderer_(renderer), digest_(digest), tone_(tone), seed_(seed) {}

  // Every fitting rendering of `type`, the seed's pick first. Empty when the facts are missing.
  std::vector<HookOption> Options(HookType type) const;

  // The seed's hook of `requested`, else of the first fallback type that has one; nullopt only
  // when no hook type can be built (the bank's fact-free variants need just a project name).
  std::optional<HookOption> Choose(HookType requested) const;

  // Up to five distinct hooks, `chosen` among them: one per hook type where facts allow, then
  // further variants of the types that have them.
  std::vector<HookOption> Alternatives(const HookOption& chosen) const;

 private:
  const PhraseRenderer& renderer_;
  const FactDigest& digest_;
  Tone tone_;
  std::uint64_t seed_;
};

}  // namespace repopost::generate
