#include "app/app_context.h"

#include <unistd.h>

#include <functional>
#include <system_error>

#include "app/stored_details.h"
#include "safety/verdict.h"

extern char** environ;

namespace repopost::app {
namespace {

std::string Get(const EnvMap& env, const std::string& key) {
  auto it = env.find(key);
  return it == env.end() ? std::string() : it->second;
}

// Marks the locator of a repository given together with text; the text's hash follows.
constexpr std::string_view kWithText = "#with-text:";

}  // namespace

EnvMap ProcessEnvironment() {
  EnvMap env;
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    std::string_view text(*entry);
    const std::size_t eq = text.find('=');
    if (eq != std::string_view::npos) env.emplace(text.substr(0, eq), text.substr(eq + 1));
  }
  return env;
}

core::Result<std::filesystem::path> DefaultDataDir(const EnvMap& env) {
  if (const std::string xdg = Get(env, "XDG_DATA_HOME"); !xdg.empty()) {
    return std::filesystem::path(xdg) / "repopost";
  }
  if (const std::string home = Get(env, "HOME"); !home.empty()) {
    return std::filesystem::path(home) / ".local" / "share" / "repopost";
  }
  return core::Fail(core::ErrorCode::kInput,
                    "neither XDG_DATA_HOME nor HOME is set; pass --db to say where to store posts");
}

std::filesystem::path DefaultCacheDir(const EnvMap& env, const std::filesystem::path& data_dir) {
  if (const std::string xdg = Get(env, "XDG_CACHE_HOME"); !xdg.empty()) {
    return std::filesystem::path(xdg) / "repopost";
  }
  if (const std::string home = Get(env, "HOME"); !home.empty()) {
    return std::filesystem::path(home) / ".cache" / "repopost";
  }
  return data_dir / "cache";
}

ingest::GitHubOptions GitHubOptionsFromEnv(const EnvMap& env,
                                           const std::filesystem::path& cache_dir) {
  ingest::GitHubOptions options;
  if (const std::string api = Get(env, "REPOPOST_GITHUB_API"); !api.empty()) options.api_base = api;
  if (const std::string token = Get(env, "GITHUB_TOKEN"); !token.empty()) {
    options.http.token = core::Secret(token);
  }
  options.http.cache_dir = cache_dir / "github";
  return options;
}

AppContext::AppContext(AppSettings settings, std::filesystem::path data_dir,
                       std::unique_ptr<store::Store> store)
    : data_dir_(std::move(data_dir)),
      store_(std::move(store)),
      generation_(std::move(settings.config)) {
  posts_ = std::make_unique<PostService>(
      PostStores{store_->generations(), store_->feedback(), store_->audit(), store_->attempts()});
  posts_->SetEvaluator(
      [this](const std::string& id, const std::string& text) { return EvaluateVersion(id, text); });
  if (settings.log_generations) {
    log_ = std::make_unique<telemetry::GenerationLog>((data_dir_ / "logs").string(),
                                                      store::DefaultClock());
  }
}

AppContext::~AppContext() = default;

core::Result<std::unique_ptr<AppContext>> AppContext::Open(AppSettings settings,
                                                           const EnvMap& env) {
  std::filesystem::path data_dir = settings.data_dir;
  if (data_dir.empty()) {
    auto dir = DefaultDataDir(env);
    if (!dir) return tl::unexpected(dir.error());
    data_dir = *dir;
  }
  std::string url = settings.db_url;
  if (url.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(data_dir, ec);
    if (ec) {
      return core::Fail(core::ErrorCode::kStore, "cannot create the data directory '" +
                                                     data_dir.string() + "': " + ec.message());
    }
    url = "sqlite:" + (data_dir / "repopost.db").string();
  }
  if (settings.config.github.http.cache_dir.empty()) {
    const ingest::GitHubOptions from_env =
        GitHubOptionsFromEnv(env, DefaultCacheDir(env, data_dir));
    settings.config.github.api_base = from_env.api_base;
    settings.config.github.http.token = from_env.http.token;
    settings.config.github.http.cache_dir = from_env.http.cache_dir;
  }
  auto store = store::OpenStore(url);
  if (!store) return tl::unexpected(store.error());
  return std::unique_ptr<AppContext>(
      new AppContext(std::move(settings), std::move(data_dir), std::move(*store)));
}

core::Result<StoredGeneration> AppContext::GenerateAndStore(const GenerateRequest& request,
                                                            const Actor& actor) {
  auto result = generation_.Generate(request);
  if (!result) return tl::unexpected(result.error());
  return Store(request, std::move(*result), actor);
}

core::Result<StoredGeneration> AppContext::Store(const GenerateRequest& request,
                                                 GenerationResult result, const Actor& actor) {
  auto source_id = StoreSource(request.source, result.facts);
  if (!source_id) return tl::unexpected(source_id.error());
  auto record = posts_->Create(result, actor, *source_id);
  if (!record) return tl::unexpected(record.error());
  StoredGeneration stored{std::move(result), std::move(*record)};
  stored.result.id = stored.record.generation.id;
  LogGeneration(stored, stored.result.facts.warnings);
  if (observer_) observer_(ToGenerationRecord(stored));
  return stored;
}

core::Result<std::string> AppContext::StoreSource(const SourceRequest& source,
                                                  const core::FactSheet& facts) {
  store::Source record;
  std::error_code ec;
  if (source.location.empty()) {
    record.locator = "text:" + std::to_string(std::hash<std::string>{}(source.text));
    record.name = source.text_name;
  } else if (std::filesystem::exists(source.location, ec)) {
    record.locator = std::filesystem::canonical(source.location, ec).string();
    record.name = std::filesystem::path(record.locator).filename().string();
  } else {
    record.locator = source.location;
    record.name = source.location;
  }
  // Repository plus text is its own source per text: the text is kept with it.
  if (!source.location.empty() && !source.text.empty()) {
    record.locator +=
        std::string(kWithText) + std::to_string(std::hash<std::string>{}(source.text));
  }
  record.text = source.text;
  record.last_commit = facts.commit;
  auto stored = store_->sources().UpsertSource(record);
  if (!stored) return tl::unexpected(stored.error());
  return stored->id;
}

core::Result<GenerationResult> AppContext::EvaluateVersion(const std::string& id,
                                                           const std::string& text) {
  auto record = posts_->Get(id);
  if (!record) return tl::unexpected(record.error());
  // The source is read again (the snapshot cache makes that cheap for a repository whose HEAD
  // it has seen), so a version is checked the same in every process.
  if (record->generation.source_id.empty()) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "post " + id + " has no stored source to check against");
  }
  auto source = store_->sources().GetSource(record->generation.source_id);
  if (!source) return tl::unexpected(source.error());
  // Re-read the source as it was given: a repository, the stored text, or both.
  SourceRequest again;
  const std::size_t with_text = source->locator.find(kWithText);
  if (source->locator.rfind("text:", 0) != 0) again.location = source->locator.substr(0, with_text);
  if (source->locator.rfind("text:", 0) == 0 || with_text != std::string::npos) {
    if (source->text.empty()) {
      return core::Fail(core::ErrorCode::kNotFound,
                        "post " + id + " was written from text that is not stored");
    }
    again.text = source->text;
    again.text_name = source->name.empty() ? "text" : source->name;
  }
  auto sheet = generation_.Inspect(again);
  if (!sheet) return tl::unexpected(sheet.error());
  generate::Post post;
  post.text = text;
  post.hook = text.substr(0, text.find('\n'));
  post.options.tone =
      generate::ParseTone(record->generation.tone).value_or(generate::Tone::kBalanced);
  post.writer = generate::WriterTier::kTemplate;  // report, never rewrite, a user's version
  return generation_.Evaluate(std::move(*sheet), std::move(post));
}

core::Result<FeedbackOutcome> AppContext::AddFeedback(const std::string& id,
                                                      const FeedbackInput& input,
                                                      const Actor& actor) {
  auto feedback = posts_->AddFeedback(id, input, actor);
  if (!feedback) return tl::unexpected(feedback.error());
  FeedbackOutcome outcome{std::move(*feedback), std::nullopt, {}, ""};
  std::string action;
  if (input.type == "too-generic") action = "more-specific";
  if (input.type == "too-technical") action = "less-technical";
  if (input.type == "regenerate") action = "another-hook";
  if (!action.empty()) {
    auto version =
        Refine(id, {.action = action, .base_version_id = outcome.feedback.version_id}, actor);
    if (version) {
      outcome.note = "made version " + std::to_string(version->seq) + " (" + action + ")";
      outcome.follow_up = std::move(*version);
    } else {
      outcome.note = "recorded; no " + action + " version possible: " + version.error().message;
    }
  }
  if (input.type == "want-other-hooks") {
    auto record = posts_->Get(id);
    if (!record) return tl::unexpected(record.error());
    auto details = StoredDetailsFromJson(record->generation.details);
    if (!details) return tl::unexpected(details.error());
    outcome.hooks = std::move(details->hook_ranking);
    outcome.note = outcome.hooks.empty() ? "no hook alternatives are stored for this post"
                                         : "the hook alternatives, best first";
  }
  return outcome;
}

core::Result<store::PostVersion> AppContext::Refine(const std::string& id, const RefineInput& input,
                                                    const Actor& actor) {
  return posts_->Refine(id, input, actor);
}

telemetry::GenerationRecord ToGenerationRecord(const StoredGeneration& stored) {
  const GenerationResult& r = stored.result;
  telemetry::GenerationRecord g;
  g.generation_id = r.id;
  g.version_id = stored.record.versions.empty() ? std::string() : stored.record.versions.back().id;
  g.provider = stored.record.generation.provider;
  g.writer_tier = std::string(generate::ToString(r.post.writer));
  g.style = std::string(generate::ToString(r.post.options.style));
  g.tone = std::string(generate::ToString(r.post.options.tone));
  g.hook = std::string(generate::ToString(r.post.hook_used));
  g.prompt_version = stored.record.generation.prompt_version;
  g.duration_seconds = static_cast<double>(r.elapsed.count()) / 1e6;
  g.fell_back = stored.record.generation.fell_back;
  g.claims = static_cast<int>(r.safety.claims.size()) -
             static_cast<int>(r.safety.CountVerdict(safety::Verdict::kNotAClaim));
  g.unsupported_claims = static_cast<int>(r.safety.CountVerdict(safety::Verdict::kUnsupported) +
                                          r.safety.CountVerdict(safety::Verdict::kContradicted));
  g.policy_hits = static_cast<int>(r.safety.policy_hits.size());
  g.safety_confidence = r.safety.confidence;
  g.quality_score = r.quality.total;
  return g;
}

void AppContext::LogGeneration(const StoredGeneration& stored, std::vector<std::string>& warnings) {
  if (!log_) return;
  const GenerationResult& r = stored.result;
  const telemetry::GenerationRecord g = ToGenerationRecord(stored);
  const std::string& version_id = g.version_id;
  const auto report = [&](const core::Status& status) {
    if (!status) warnings.push_back("generation log: " + status.error().message);
  };
  report(log_->Append(g));
  report(log_->Append(telemetry::EvaluationRecord{r.id, version_id, "quality", r.quality.total,
                                                  r.quality.total >= 70 ? "pass" : "fail",
                                                  "deterministic quality rubric, 0-100"}));
  report(log_->Append(telemetry::EvaluationRecord{
      r.id, version_id, "grounding", r.safety.confidence, r.safety.is_safe ? "safe" : "unsafe",
      r.safety.reasons.empty() ? "every claim supported" : r.safety.reasons.front()}));
}

}  // namespace repopost::app
