// TemplateWriter: the offline writer, always the last tier of the writer chain. It plans the post
// from the project profile (StoryWriter: angle per style, salient points, proof, try-it lines,
// caveat, question) and writes sentences whose content is the project's own words; the writer's
// words only frame them. No invented experience, numbers, users, adoption, comparisons or promises.
//
//   TemplateWriter writer;  // uses the phrase bank embedded from data/phrases/
//   core::Result<Post> post = writer.Write(sheet, PostOptions{.style = Style::kRecruiter});
//   if (post) std::cout << post->text;
//
// The post has a hook within 140 UTF-16 units and two lines, short paragraphs, a concrete middle
// and a call to action; 120-250 words when the facts allow, fewer when they are thin (never
// padded); at most 3,000 UTF-16 units. Output is a pure function of (facts, options, phrase
// bank): the seed picks among phrase variants, nothing reads the clock or a random device.
// Write is const and thread-safe.
#pragma once

#include "core/fact_sheet.h"
#include "core/result.h"
#include "generate/phrase_bank.h"
#include "generate/post.h"
#include "generate/post_options.h"
#include "profile/project_profile.h"

namespace repopost::generate {

inline constexpr std::size_t kLinkedInMaxUtf16 = 3000;
inline constexpr std::size_t kTargetMaxWords = 250;

class TemplateWriter {
 public:
  // Uses PhraseBank::Embedded(); if the shipped bank is broken every Write returns its error.
  TemplateWriter();
  // REQUIRES: `bank` outlives the writer.
  explicit TemplateWriter(const PhraseBank& bank) : bank_(&bank) {}

  // Fails with kInput when the facts hold neither a project name nor a description (nothing true
  // to write about), kUsage for a bad caption asset, kInternal when the phrase bank is broken.
  // Builds the profile from `facts` first (a sheet with documents is written from its profile
  // sheet, as the generation service does); callers that have both pass them to the overload.
  core::Result<Post> Write(const core::FactSheet& facts, const PostOptions& options) const;
  // Writes from `profile` (built from the same source as `facts`): the story is planned from the
  // profile, and `facts` give the slots (history, languages, URL) and facts_used.
  core::Result<Post> Write(const core::FactSheet& facts, const PostOptions& options,
                           const profile::ProjectProfile& profile) const;

 private:
  const PhraseBank* bank_ = nullptr;
};

// Words in `text` as a reader counts them: whitespace-separated tokens with a letter or digit.
std::size_t CountWords(std::string_view text);

}  // namespace repopost::generate
