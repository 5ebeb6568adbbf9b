#include "app/generation_service.h"

#include <chrono>
#include <future>

#include "app/source_loader.h"
#include "generate/template_writer.h"
#include "profile/profile_builder.h"
#include "profile/profile_sheet.h"
#include "safety/claim_checker.h"
#include "safety/injection_scanner.h"
#include "safety/repository_claim_screen.h"
#include "safety/verification.h"
#include "text/secret_scanner.h"

namespace repopost::app {
namespace {

const score::EngagementModel* EmbeddedModel() {
  static const core::Result<score::EngagementModel> model = score::EngagementModel::Embedded();
  return model ? &*model : nullptr;
}

// Hook alternatives ranked by the engagement of the post each would open.
std::vector<RankedHook> RankHooks(const generate::Post& post) {
  std::vector<RankedHook> ranked;
  const score::EngagementModel* model = EmbeddedModel();
  if (post.hook_options.empty()) return ranked;
  std::vector<std::string> hooks;
  for (const auto& option : post.hook_options) hooks.push_back(option.text);
  const std::string body =
      post.text.size() > post.hook.size() ? post.text.substr(post.hook.size()) : "";
  if (model == nullptr) {
    for (const auto& option : post.hook_options) ranked.push_back({option.type, option.text, 0});
    return ranked;
  }
  for (const score::RankedText& r : model->RankHooks(hooks, body)) {
    ranked.push_back({post.hook_options[r.index].type, post.hook_options[r.index].text, r.score});
  }
  return ranked;
}

// The LLM tier (generate::LlmWriter): one structured call, two with a repair. No post in the
// result means the caller writes with the template writer; the reason is in fallback_reason.
generate::LlmWriteResult WriteWithLlm(const Snapshot& snapshot, const GenerateRequest& request,
                                      const safety::CheckerOptions& checker) {
  generate::LlmWriteResult out;
  auto writer = generate::LlmWriter::Create(*request.llm);
  if (!writer) {
    out.fallback_reason = writer.error().message;
    return out;
  }
  return writer->Write(
      {.sheet = snapshot.facts,
       .index = snapshot.index,
       .profile = std::make_shared<const profile::ProjectProfile>(snapshot.profile),
       .options = request.options,
       .checker = checker,
       .injection_detected = !snapshot.injections.empty(),
       .on_post_text = request.on_post_text,
       .on_restart = request.on_restart,
       .cancel = request.cancel.get()});
}

}  // namespace

GenerationService::GenerationService(AppConfig config)
    : config_(std::move(config)), snapshots_(std::make_shared<SnapshotCache>()) {}

core::Result<std::shared_ptr<const Snapshot>> GenerationService::Prepare(
    const SourceRequest& source) const {
  std::string key;
  if (source.text.empty() && !source.location.empty()) {
    key = SnapshotCache::KeyFor(source.location);
    if (!key.empty()) {
      // The roots are checked on every request, cached or not.
      SourceLoader loader(config_.allowed_roots, config_.github, config_.clone);
      if (auto allowed = loader.CheckAllowed(source.location); !allowed) {
        return tl::unexpected(allowed.error());
      }
      if (auto hit = snapshots_->Find(key)) return hit;
    }
  }
  auto understood = Understand(source);
  if (!understood) return tl::unexpected(understood.error());
  auto snapshot = std::make_shared<Snapshot>();
  snapshot->facts = std::move(understood->facts);
  snapshot->profile = std::move(understood->profile);
  // Repository text was scanned for prompt-injection attempts as ingested (Understand): the
  // report flags them even when no LLM reads the text.
  snapshot->injections = std::move(understood->injections);
  auto index = index::RepoIndex::Build(snapshot->facts, config_.checker.index);
  if (!index) return tl::unexpected(index.error());
  snapshot->index = std::make_shared<const index::RepoIndex>(std::move(*index));
  auto checker = safety::ClaimChecker::Create(
      snapshot->facts, snapshot->index, config_.checker,
      std::make_shared<const profile::ProjectProfile>(snapshot->profile));
  if (!checker) return tl::unexpected(checker.error());
  snapshot->checker = std::make_shared<const safety::ClaimChecker>(std::move(*checker));
  snapshots_->Put(key, snapshot);
  return std::shared_ptr<const Snapshot>(snapshot);
}

core::Result<GenerationService::Understanding> GenerationService::Understand(
    const SourceRequest& source) const {
  const safety::InjectionScanner scanner;
  // A value removed as a secret may hide an instruction ("Build token: <base64 of 'ignore all
  // previous instructions'>"): ingest shows it here before redaction, and the hit names the line
  // but never quotes the value.
  std::vector<safety::PolicyHit> hidden;
  auto inspect = [&scanner, &hidden](std::string_view value, const std::string& where) {
    for (safety::PolicyHit& hit : scanner.ScanText(value, where)) {
      hit.begin = hit.end = 0;
      hit.excerpt = where + ": " + std::string(text::kSecretMarker);
      hit.message += " (the value was also removed as a secret)";
      hidden.push_back(std::move(hit));
    }
  };
  auto raw =
      SourceLoader(config_.allowed_roots, config_.github, config_.clone).Load(source, inspect);
  if (!raw) return tl::unexpected(raw.error());
  // Facts that instruct a model or claim endorsement are never stated (nor listed in a prompt);
  // the profile is built from what remains.
  Understanding out;
  out.injections = scanner.Scan(*raw);
  out.injections.insert(out.injections.end(), hidden.begin(), hidden.end());
  safety::ScreenRepositoryClaims(*raw);
  out.profile = profile::BuildProfile(*raw);
  safety::ScreenProfileClaims(out.profile);
  out.facts = profile::ProfileSheet(out.profile, *raw);
  // The profile reads the documents too: its statements are screened the same way.
  safety::ScreenRepositoryClaims(out.facts);
  return out;
}

core::Result<core::FactSheet> GenerationService::Inspect(const SourceRequest& source) const {
  auto understood = Understand(source);
  if (!understood) return tl::unexpected(understood.error());
  return std::move(understood->facts);
}

core::Result<safety::SafetyReport> GenerationService::Check(const SourceRequest& source,
                                                            std::string_view post) const {
  auto snapshot = Prepare(source);
  if (!snapshot) return tl::unexpected(snapshot.error());
  if (post.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return core::Fail(core::ErrorCode::kInput, "the post to check is empty");
  }
  return (*snapshot)->checker->Check(post);
}

core::Result<GenerationResult> GenerationService::Evaluate(core::FactSheet facts,
                                                           generate::Post post) const {
  auto checker = safety::ClaimChecker::Create(facts, config_.checker);
  if (!checker) return tl::unexpected(checker.error());
  return Evaluate(std::move(facts), std::move(post), *checker);
}

core::Result<GenerationResult> GenerationService::Evaluate(
    core::FactSheet facts, generate::Post post, const safety::ClaimChecker& checker) const {
  GenerationResult result;
  safety::SafetyReport report = checker.Check(post.text);
  // Template posts are grounded by construction (every slot is a fact); the report still shows
  // how the checker sees them, but only LLM and edited text is rewritten.
  if (!report.is_safe && post.writer != generate::WriterTier::kTemplate) {
    safety::RepairResult repaired = checker.Repair(post.text);
    if (repaired.text != post.text && !repaired.text.empty()) {
      result.draft_text = post.text;
      post.text = repaired.text;
      post.hook = post.text.substr(0, post.text.find('\n'));
    }
    report = std::move(repaired.after);
  }
  result.quality = score::ScoreQuality(
      {.text = post.text, .tone = post.options.tone, .safety_confidence = report.confidence});
  if (const score::EngagementModel* model = EmbeddedModel()) {
    result.engagement = model->Estimate(post.text);
  }
  result.hook_ranking = RankHooks(post);
  result.safety = std::move(report);
  result.facts = std::move(facts);
  result.post = std::move(post);
  return result;
}

core::Result<GenerationResult> GenerationService::Generate(const GenerateRequest& request) const {
  const auto started = std::chrono::steady_clock::now();
  // A caller that stopped waiting (a closed stream) ends the work between stages.
  const auto cancelled = [&request] { return request.cancel && request.cancel->IsCancelled(); };
  const auto cancelled_error = [] {
    return core::Fail(core::ErrorCode::kTimeout, "The generation was cancelled by its caller.");
  };
  auto snapshot = Prepare(request.source);
  if (!snapshot) return tl::unexpected(snapshot.error());
  if (cancelled()) return cancelled_error();
  const Snapshot& prepared = **snapshot;
  generate::LlmWriteResult llm_out;
  const bool use_llm = !request.offline && request.llm && request.llm->provider_count() > 0;
  if (use_llm) llm_out = WriteWithLlm(prepared, request, config_.checker);
  core::Result<generate::Post> post =
      llm_out.post
          ? core::Result<generate::Post>(std::move(*llm_out.post))
          : generate::TemplateWriter().Write(prepared.facts, request.options, prepared.profile);
  if (!post) return tl::unexpected(post.error());
  if (cancelled()) return cancelled_error();
  if (use_llm && post->writer == generate::WriterTier::kTemplate) {
    post->notes.push_back("LLM tier not used (" + llm_out.fallback_reason + "); template writer");
  }
  auto result = Evaluate(prepared.facts, std::move(*post), *prepared.checker);
  if (!result) return result;
  result->profile = prepared.profile;
  result->llm_calls = std::move(llm_out.calls);
  if (!llm_out.first_draft.empty()) result->draft_text = llm_out.first_draft;
  for (const safety::PolicyHit& hit : prepared.injections)
    result->safety.policy_hits.push_back(hit);
  result->elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - started);
  return result;
}

}  // namespace repopost::app
