// BodyWriter: everything after the hook, as paragraphs (blocks) in the order the style's spec
// lists its sections. Each block is rendered from phrase-bank variants whose slots the digest
// fills, so a missing fact removes a block instead of leaving a hole; a block that would only
// repeat the hook's facts is skipped. A BodyBudget bounds how much goes in, so the template
// writer can shrink a rich post to the word range without dropping its concrete middle.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "generate/fact_digest.h"
#include "generate/phrase_renderer.h"
#include "generate/post.h"
#include "generate/post_options.h"
#include "generate/spec_table.h"

namespace repopost::generate {

struct Block {
  BodySection section = BodySection::kWhy;
  std::string text;
  std::vector<std::string> fact_ids;
};

struct BodyBudget {
  std::size_t features = 5;
  std::size_t changes = 3;
  std::size_t benchmarks = 2;
  bool summary = true;  // the README's first sentence after the tagline
  bool extras = true;   // usage line, secondary stack and journey lines
};

class BodyWriter {
 public:
  // REQUIRES: every argument outlives the writer. `hook` is the chosen hook, whose facts the body
  // does not restate.
  BodyWriter(const PhraseRenderer& renderer, const FactDigest& digest, const PostOptions& options,
             const HookOption& hook)
      : renderer_(renderer), digest_(digest), options_(options), hook_(hook) {}

  std::vector<Block> Write(const BodyBudget& budget) const;

 private:
  std::optional<Block> Render(BodySection section, const BodyBudget& budget) const;
  std::optional<Block> Why(const BodyBudget& budget) const;
  std::optional<Block> Bullets(BodySection section, std::string_view intro_section,
                               const SlotMap& intro_slots, const std::vector<Slot>& items,
                               std::size_t limit, std::string_view bullet) const;
  std::optional<Block> WhatsNew(const BodyBudget& budget) const;
  std::optional<Block> Sentences(BodySection section,
                                 const std::vector<std::string>& sections) const;
  std::optional<Block> CodeLine(BodySection section, std::string_view intro_section,
                                std::string_view slot) const;
  // The seed's variant of `section` that says something the hook does not; nullopt if none.
  std::optional<Rendered> PickFresh(std::string_view section) const;
  // The style's override of `section` ("features.intro.learning") when the bank has one.
  std::string StyledSection(std::string_view section) const;

  const PhraseRenderer& renderer_;
  const FactDigest& digest_;
  const PostOptions& options_;
  const HookOption& hook_;
};

}  // namespace repopost::generate
