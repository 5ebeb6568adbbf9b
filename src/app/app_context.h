// AppContext: the composition root for commands that keep state. It resolves where data lives,
// opens the store (SQLite under the data directory unless --db names another), the generation
// log, and builds the services on top: GenerationService (stateless pipeline) and PostService
// (stored posts). One per process; the server and workers share it between threads.
//
//   auto context = app::AppContext::Open({.db_url = flags.db});
//   if (!context) return ReportError(context.error());
//   auto stored = (*context)->GenerateAndStore(request, {.actor = "cli"});
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "app/generation_service.h"
#include "app/post_service.h"
#include "core/result.h"
#include "store/store.h"
#include "telemetry/generation_log.h"

namespace repopost::app {

using EnvMap = std::map<std::string, std::string>;

// The process environment as a map (tests pass their own).
EnvMap ProcessEnvironment();

struct AppSettings {
  std::string db_url;              // "" = sqlite:<data_dir>/repopost.db
  std::filesystem::path data_dir;  // "" = $XDG_DATA_HOME/repopost or ~/.local/share/repopost
  bool log_generations = true;     // JSONL log under <data_dir>/logs
  AppConfig config;                // pipeline settings (roots, GitHub, checker)
};

// $XDG_DATA_HOME/repopost, else $HOME/.local/share/repopost; kInput when neither is set.
core::Result<std::filesystem::path> DefaultDataDir(const EnvMap& env);
// $XDG_CACHE_HOME/repopost, else $HOME/.cache/repopost, else <data_dir>/cache.
std::filesystem::path DefaultCacheDir(const EnvMap& env, const std::filesystem::path& data_dir);
// GitHub settings from the environment: GITHUB_TOKEN, REPOPOST_GITHUB_API (Enterprise or tests).
ingest::GitHubOptions GitHubOptionsFromEnv(const EnvMap& env,
                                           const std::filesystem::path& cache_dir);

// What recording feedback did: the stored feedback and, where the feedback asks for a change
// ("too-generic" → a more specific version, "too-technical" → a less technical one,
// "regenerate" → a version opening with another hook), the new version; "want-other-hooks"
// returns the ranked hook alternatives.
struct FeedbackOutcome {
  store::Feedback feedback;
  std::optional<store::PostVersion> follow_up;
  std::vector<RankedHook> hooks;
  std::string note;  // one sentence on what the feedback changed, "" when nothing
};

struct StoredGeneration {
  GenerationResult result;  // result.id is the stored generation id
  PostRecord record;
};

class AppContext {
 public:
  static core::Result<std::unique_ptr<AppContext>> Open(AppSettings settings,
                                                        const EnvMap& env = ProcessEnvironment());
  ~AppContext();

  // Generates, stores the generation with its first version, and logs it. A failure to log is
  // reported on the result's warnings, never swallowed and never fatal.
  core::Result<StoredGeneration> GenerateAndStore(const GenerateRequest& request,
                                                  const Actor& actor);
  // The storing half of GenerateAndStore, for callers that generate elsewhere (the server's
  // worker pool): the source row, the generation with its first version, attempts, audit, log.
  core::Result<StoredGeneration> Store(const GenerateRequest& request, GenerationResult result,
                                       const Actor& actor);

  // Called with every generation this context stores (after the log line is written), e.g. to
  // feed a server's live metrics. Set once, before use; called on the storing thread.
  using GenerationObserver = std::function<void(const telemetry::GenerationRecord&)>;
  void SetGenerationObserver(GenerationObserver observer) { observer_ = std::move(observer); }

  // A new version of stored post `id` (a refine action or a manual edit), checked and scored
  // against the post's source like the first version.
  core::Result<store::PostVersion> Refine(const std::string& id, const RefineInput& input,
                                          const Actor& actor);

  core::Result<FeedbackOutcome> AddFeedback(const std::string& id, const FeedbackInput& input,
                                            const Actor& actor);

  const GenerationService& generation() const { return generation_; }
  PostService& posts() { return *posts_; }
  store::Store& store() { return *store_; }
  telemetry::GenerationLog* log() { return log_.get(); }
  const std::filesystem::path& data_dir() const { return data_dir_; }

 private:
  AppContext(AppSettings settings, std::filesystem::path data_dir,
             std::unique_ptr<store::Store> store);
  void LogGeneration(const StoredGeneration& stored, std::vector<std::string>& warnings);
  core::Result<std::string> StoreSource(const SourceRequest& source, const core::FactSheet& facts);
  core::Result<GenerationResult> EvaluateVersion(const std::string& id, const std::string& text);

  std::filesystem::path data_dir_;
  std::unique_ptr<store::Store> store_;
  GenerationService generation_;
  std::unique_ptr<PostService> posts_;
  std::unique_ptr<telemetry::GenerationLog> log_;
  GenerationObserver observer_;
};

// The log and metrics view of a stored generation.
telemetry::GenerationRecord ToGenerationRecord(const StoredGeneration& stored);

}  // namespace repopost::app
