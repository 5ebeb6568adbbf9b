// PhraseRenderer: the one place phrase-bank text becomes post text. A phrase's `{slot}`s are
// filled only from a SlotMap whose every value is a fact value (or a fact-derived form of it:
// a year from a date, "zero" from a count of 0), and the rendered text carries the ids of the
// facts it used, which become Post.facts_used.
//
//   SlotMap slots{{"project", {"fzf", {"f1"}}}};
//   std::vector<Rendered> options = renderer.Candidates("hook.story", Tone::kBalanced, slots,
//   seed);
//
// Choice among variants is seeded and stable (no std::random_device, no time): the same seed,
// section and slots give the same order on every run and platform.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "generate/phrase_bank.h"

namespace repopost::generate {

struct Slot {
  std::string text;
  std::vector<std::string> fact_ids;
};
using SlotMap = std::map<std::string, Slot, std::less<>>;

struct Rendered {
  std::string text;
  std::vector<std::string> fact_ids;  // union of the ids of every slot used, in slot order
};

// The slot names in `phrase`, in order of appearance ("{a} and {b}" -> {"a", "b"}).
std::vector<std::string> SlotNames(std::string_view phrase);

// A stable 64-bit mix of a seed and a key (FNV-1a then splitmix64), for seeded choices.
std::uint64_t SeededHash(std::uint64_t seed, std::string_view key);

class PhraseRenderer {
 public:
  // REQUIRES: `bank` outlives the renderer.
  explicit PhraseRenderer(const PhraseBank& bank) : bank_(bank) {}

  // Fills `phrase`. Fails with kInternal naming the slot when `slots` lacks one or its text is
  // empty: a phrase is never rendered with a hole or a guess.
  static core::Result<Rendered> Fill(std::string_view phrase, const SlotMap& slots);

  // Every variant of `section` for `tone` (tone-specific and "*" ones) whose slots are all in
  // `slots`, rendered, rotated so the seed's pick is first. Empty when none fits.
  std::vector<Rendered> Candidates(std::string_view section, Tone tone, const SlotMap& slots,
                                   std::uint64_t seed) const;

  // The first of Candidates, or nullopt.
  std::optional<Rendered> Pick(std::string_view section, Tone tone, const SlotMap& slots,
                               std::uint64_t seed) const;

  const PhraseBank& bank() const { return bank_; }

 private:
  const PhraseBank& bank_;
};

}  // namespace repopost::generate
