// StoryWriter: plans a template post from the project profile, then writes it. The plan follows
// the style's angle (issue 12, POSTS.md): growth tells the problem and what the project makes
// possible; learning explains one mechanism with its code line; build-in-public tells what
// changed in the release (for the project's own author); recruiter tells the skill and where it
// shows. Each plan picks the most salient selling points that fit the angle, one concrete proof
// (a number with its qualifier, or an adopter), how to try it (real install and first-use lines),
// a caveat when the profile has one, and a call to action that is a question to the reader.
//
//   StoryWriter story(profile, digest, options);
//   std::vector<HookOption> hooks = story.Hooks(HookType::kBoldClaim);  // may be empty
//   std::vector<Paragraph> body = story.Body(hooks.front(), 0);          // 0 = fullest
//
// The writer's own words claim nothing: they frame the project's sentences ("It is portable: ..."),
// gather feature items into one sentence ("With axios you can ...") and ask questions. Code lines
// stay verbatim. Output is a pure function of (profile, digest, options).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "generate/fact_digest.h"
#include "generate/post.h"
#include "generate/post_options.h"
#include "profile/project_profile.h"

namespace repopost::generate {

struct Paragraph {
  std::string text;
  std::vector<std::string> fact_ids;       // digest slots the paragraph uses
  std::vector<profile::SourceSpan> spans;  // profile values the paragraph uses
};

// How many levels Body() has, from the fullest (0) to the leanest.
inline constexpr std::size_t kStoryLevels = 4;

class StoryWriter {
 public:
  // REQUIRES: every argument outlives the writer.
  StoryWriter(const profile::ProjectProfile& profile, const FactDigest& digest,
              const PostOptions& options);

  // The hooks of `type` the profile can support, best first; empty when it has no facts for it.
  // bold-claim: a number with its qualifier, or an adopter; contrarian: what the project avoids;
  // emotional: a stressed property; curiosity: a question carrying what the project is; story:
  // the release or history, for the author's own project.
  std::vector<HookOption> Hooks(HookType type) const;

  // The post body after `hook`, as paragraphs; `level` in [0, kStoryLevels) trims it.
  std::vector<Paragraph> Body(const HookOption& hook, std::size_t level) const;

  // The spans of every profile value a hook of Hooks() states (for facts_used).
  std::vector<profile::SourceSpan> HookSpans(const HookOption& hook) const;

 private:
  struct Point {
    std::string sentence;
    profile::SourceSpan span;
  };

  std::vector<Point> Points(std::size_t limit, const std::string& avoid) const;
  std::string Lede() const;
  // Whether `span` lies in a section that presents the project (intro, features, benchmarks,
  // comparison, adopters): only numbers from there can open a post or stand as its proof.
  bool InHeadlineSection(const profile::SourceSpan& span) const;
  std::string Decorate(std::string sentence, std::size_t index) const;
  std::vector<Paragraph> Growth(const HookOption& hook, std::size_t level) const;
  std::vector<Paragraph> Learning(const HookOption& hook, std::size_t level) const;
  std::vector<Paragraph> BuildInPublic(const HookOption& hook, std::size_t level) const;
  std::vector<Paragraph> Recruiter(const HookOption& hook, std::size_t level) const;
  std::optional<Paragraph> LedeParagraph(const HookOption& hook) const;
  std::optional<Paragraph> PointsParagraph(const HookOption& hook, std::size_t limit,
                                           std::size_t skip) const;
  // The first number or adopter that neither the hook nor `said` (the points) already states.
  std::optional<Paragraph> Proof(const HookOption& hook,
                                 const std::optional<Paragraph>& said) const;
  std::optional<Paragraph> TryIt(bool upgrade) const;
  std::optional<Paragraph> Caveat() const;
  std::optional<Paragraph> Changes(std::size_t limit) const;
  std::optional<Paragraph> Question() const;
  std::optional<Paragraph> Link() const;
  std::string CodeLine(const std::string& code) const;

  const profile::ProjectProfile& profile_;
  const FactDigest& digest_;
  const PostOptions& options_;
  std::string name_;
};

}  // namespace repopost::generate
