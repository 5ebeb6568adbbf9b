#include "app/app_context.h"

#include <unistd.h>

#include <system_error>

#include "safety/verdict.h"

extern char** environ;

namespace repopost::app {
namespace {

std::string Get(const EnvMap& env, const std::string& key) {
  auto it = env.find(key);
  return it == env.end() ? std::string() : it->second;
}

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

ingest::GitHubOptions GitHubOptionsFromEnv(const EnvMap& env, const std::filesystem::path& cache_dir) {
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
  if (settings.log_generations) {
    log_ = std::make_unique<telemetry::GenerationLog>((data_dir_ / "logs").string(),
                                                      store::DefaultClock());
  }
}

AppContext::~AppContext() = default;

core::Result<std::unique_ptr<AppContext>> AppContext::Open(AppSettings settings, const EnvMap& env) {
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
    const ingest::GitHubOptions from_env = GitHubOptionsFromEnv(env, DefaultCacheDir(env, data_dir));
    settings.config.github.api_base = from_env.api_base;
    settings.config.github.http.token = from_env.http.token;
    settings.config.github.http.cache_dir = from_env.http.cache_dir;
  }
  auto store = store::OpenStore(url);
  if (!store) return tl::unexpected(store.error());
  return std::unique_ptr<AppContext>(new AppContext(std::move(settings), std::move(data_dir),
                                                    std::move(*store)));
}

core::Result<StoredGeneration> AppContext::GenerateAndStore(const GenerateRequest& request,
                                                            const Actor& actor) {
  auto result = generation_.Generate(request);
  if (!result) return tl::unexpected(result.error());
  auto record = posts_->Create(*result, actor);
  if (!record) return tl::unexpected(record.error());
  StoredGeneration stored{std::move(*result), std::move(*record)};
  stored.result.id = stored.record.generation.id;
  LogGeneration(stored, stored.result.facts.warnings);
  return stored;
}

core::Result<store::PostVersion> AppContext::Refine(const std::string& id, const RefineInput& input,
                                                   const Actor& actor) {
  return posts_->Refine(id, input, actor);
}

void AppContext::LogGeneration(const StoredGeneration& stored, std::vector<std::string>& warnings) {
  if (!log_) return;
  const GenerationResult& r = stored.result;
  const std::string version_id =
      stored.record.versions.empty() ? std::string() : stored.record.versions.back().id;
  telemetry::GenerationRecord g;
  g.generation_id = r.id;
  g.version_id = version_id;
  g.provider = stored.record.generation.provider;
  g.writer_tier = std::string(generate::ToString(r.post.writer));
  g.style = std::string(generate::ToString(r.post.options.style));
  g.tone = std::string(generate::ToString(r.post.options.tone));
  g.hook = std::string(generate::ToString(r.post.hook_used));
  g.prompt_version = stored.record.generation.prompt_version;
  g.duration_seconds = static_cast<double>(r.elapsed.count()) / 1e6;
  g.claims = static_cast<int>(r.safety.claims.size()) -
             static_cast<int>(r.safety.CountVerdict(safety::Verdict::kNotAClaim));
  g.unsupported_claims = static_cast<int>(r.safety.CountVerdict(safety::Verdict::kUnsupported) +
                                          r.safety.CountVerdict(safety::Verdict::kContradicted));
  g.policy_hits = static_cast<int>(r.safety.policy_hits.size());
  g.safety_confidence = r.safety.confidence;
  g.quality_score = r.quality.total;
  const auto report = [&](const core::Status& status) {
    if (!status) warnings.push_back("generation log: " + status.error().message);
  };
  report(log_->Append(g));
  report(log_->Append(telemetry::EvaluationRecord{
      r.id, version_id, "quality", r.quality.total, r.quality.total >= 70 ? "pass" : "fail",
      "deterministic quality rubric, 0-100"}));
  report(log_->Append(telemetry::EvaluationRecord{
      r.id, version_id, "grounding", r.safety.confidence, r.safety.is_safe ? "safe" : "unsafe",
      r.safety.reasons.empty() ? "every claim supported" : r.safety.reasons.front()}));
}

}  // namespace repopost::app
