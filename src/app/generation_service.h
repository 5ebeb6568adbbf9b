// GenerationService: the one entry point the CLI, the server and batch workers use to turn a
// source into a checked, scored post. It owns the pipeline order (DESIGN.md section 3):
// ingest -> index -> writer (LLM chain, then template) -> safety -> score.
//
//   app::GenerationService service(app::AppConfig{});
//   auto result = service.Generate({.source = {.location = "."}, .options = {}});
//   if (!result) return core::ExitCodeFor(result.error().code);
//   std::cout << result->post.text;
//
// Thread-safe: Generate and Inspect may be called concurrently (no mutable shared state except
// the snapshot cache, which is internally locked).
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/snapshot_cache.h"
#include "core/fact_sheet.h"
#include "core/result.h"
#include "generate/llm_writer.h"
#include "generate/post.h"
#include "generate/post_options.h"
#include "ingest/github/github_client.h"
#include "ingest/github/github_clone.h"
#include "llm/cancel_token.h"
#include "profile/project_profile.h"
#include "safety/checker_options.h"
#include "safety/policy_hit.h"
#include "safety/safety_report.h"
#include "score/engagement_model.h"
#include "score/quality_scorer.h"

namespace repopost::app {

struct SourceRequest {
  std::string location;  // local path or GitHub URL; "" when only text is given
  std::string text;      // pasted or uploaded text; combined with `location` when both are set
  std::string text_name = "text";
  bool clone = false;  // GitHub sources: ingest a libgit2 clone (full history), not the API
};

struct GenerateRequest {
  SourceRequest source;
  generate::PostOptions options;
  bool offline = false;  // skip the LLM tiers even when providers are configured
  // The LLM tiers in fallback order (null or no providers: template writer only). Shared so a
  // server keeps one router's cooldowns and health across requests; app/llm_tiers.h builds it.
  std::shared_ptr<llm::FallbackRouter> llm;
  std::function<void(std::string_view)> on_post_text;  // the LLM post as it streams in
  std::function<void(std::string_view)> on_restart;    // what was streamed is being replaced
  // Set by a caller that may stop waiting (the server): cancelling it ends the LLM calls at once.
  std::shared_ptr<llm::CancelToken> cancel;
};

struct RankedHook {
  generate::HookType type = generate::HookType::kCuriosity;
  std::string text;
  double engagement_score = 0;  // percentile among held-out posts of the post it would open
};

struct GenerationResult {
  std::string id;  // generation id ("" until stored)
  core::FactSheet facts;
  profile::ProjectProfile profile;  // empty for refinements evaluated without a snapshot
  generate::Post post;              // post.text is final (repaired when the check found issues)
  std::string draft_text;           // the writer's text before repair ("" when unchanged)
  safety::SafetyReport safety;      // the report on the final text (corrections included)
  score::QualityScore quality;
  score::EngagementEstimate engagement;
  std::vector<RankedHook> hook_ranking;  // hook alternatives, best first
  std::chrono::microseconds elapsed{0};
  std::vector<generate::LlmCallRecord> llm_calls;  // each LLM call with its attempts, in order
};

struct AppConfig {
  std::vector<std::string> allowed_roots;  // local paths the server may read (empty = any: CLI)
  ingest::GitHubOptions github;
  ingest::GitHubCloneOptions clone;  // where --clone keeps clones and which base it clones from
  safety::CheckerOptions checker;
};

class GenerationService {
 public:
  explicit GenerationService(AppConfig config);

  // The source understood: its project profile, and the FactSheet rebuilt from it that the
  // writers and the checker work from (profile/profile_sheet.h).
  struct Understanding {
    core::FactSheet facts;
    profile::ProjectProfile profile;
    std::vector<safety::PolicyHit> injections;  // the scan of the source as ingested
  };
  core::Result<Understanding> Understand(const SourceRequest& source) const;
  // Understand(source).facts.
  core::Result<core::FactSheet> Inspect(const SourceRequest& source) const;
  core::Result<GenerationResult> Generate(const GenerateRequest& request) const;
  // The safety report of `post` (any text) against the source (`repopost check`, POST /v1/check).
  core::Result<safety::SafetyReport> Check(const SourceRequest& source,
                                           std::string_view post) const;
  // Checks, scores and ranks `post` (already written) against `facts`: the tail of Generate,
  // also used for refinements and manual edits.
  core::Result<GenerationResult> Evaluate(core::FactSheet facts, generate::Post post) const;

 private:
  // The source's facts, index, checker and injection scan: from the snapshot cache when the
  // source is a local git repository at a commit seen before, else prepared now (and cached).
  core::Result<std::shared_ptr<const Snapshot>> Prepare(const SourceRequest& source) const;
  core::Result<GenerationResult> Evaluate(core::FactSheet facts, generate::Post post,
                                          const safety::ClaimChecker& checker) const;

  std::shared_ptr<SnapshotCache> snapshots_;
  AppConfig config_;
};

}  // namespace repopost::app
