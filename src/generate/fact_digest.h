// FactDigest: the FactSheet reduced to what a post can say, as renderer slots. It picks, cleans
// and bounds facts (no Markdown marks, no over-long sentences, no duplicates) but never rewords
// them beyond mechanical forms: an article lowercased mid-sentence, a year taken from a date,
// "zero" for a count of 0, thousands separators. Every slot keeps the ids of its facts.
//
//   FactDigest digest = FactDigest::From(sheet);
//   if (digest.slots.contains("install")) ...
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/fact_sheet.h"
#include "generate/phrase_renderer.h"

namespace repopost::generate {

struct FactDigest {
  SlotMap slots;               // single-valued slots (see data/phrases/hooks.txt for names)
  std::vector<Slot> features;  // cleaned feature bullets, deduplicated, each <= 140 chars
  std::vector<Slot> changes;   // latest changelog items, or feat/fix commit subjects
  bool changes_from_changelog = false;
  std::vector<Slot> benchmarks;  // benchmark sentences, each <= 140 chars, ending in punctuation

  static FactDigest From(const core::FactSheet& sheet);

  bool Has(std::string_view slot) const { return slots.find(slot) != slots.end(); }
  // How much the post can say: counts slots and list items. Thin repositories score low.
  int Richness() const;
};

// Cleans inline text from a fact for use in a sentence: strips Markdown emphasis and code marks,
// collapses whitespace to single spaces, trims. Exposed for the caption and tests.
std::string CleanInline(std::string_view text);

}  // namespace repopost::generate
