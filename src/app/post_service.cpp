#include "app/post_service.h"

#include <cctype>
#include <dtl/dtl.hpp>

#include "app/result_json.h"
#include "app/stored_details.h"
#include "generate/refine_request.h"
#include "generate/refiner.h"
#include "llm/attempt_record.h"

namespace repopost::app {
namespace {

// Words and the whitespace runs between them, so a diff rebuilds both texts exactly.
std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    const bool space = std::isspace(static_cast<unsigned char>(text[i])) != 0;
    std::size_t j = i;
    while (j < text.size() && (std::isspace(static_cast<unsigned char>(text[j])) != 0) == space)
      ++j;
    out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

// The stored summary of a safety report: every claim with its verdict and evidence ids.
store::SafetyReportRecord SafetyRecord(const safety::SafetyReport& report) {
  store::SafetyReportRecord record;
  record.verdict = report.is_safe ? "consistent" : "inconsistent";
  record.confidence = report.confidence;
  record.policy_hits = static_cast<int>(report.policy_hits.size());
  record.unsupported_claims = static_cast<int>(report.CountVerdict(safety::Verdict::kUnsupported) +
                                               report.CountVerdict(safety::Verdict::kContradicted));
  for (const auto& claim : report.claims) {
    if (claim.verdict == safety::Verdict::kNotAClaim) continue;
    store::ClaimRecord stored{claim.text, std::string(safety::ToString(claim.verdict)), {}};
    for (const auto& evidence : claim.evidence) {
      stored.evidence_ids.push_back(!evidence.fact_id.empty() ? evidence.fact_id
                                                              : evidence.chunk_id);
    }
    record.claims.push_back(std::move(stored));
  }
  return record;
}

bool IsGenerationId(const std::string& id) { return id.rfind("g_", 0) == 0; }

// Who wrote the post: the provider that answered the last LLM call the post kept, else the
// template writer.
std::string AnsweringProvider(const GenerationResult& result) {
  if (result.post.writer != generate::WriterTier::kLlm) return "template";
  for (auto call = result.llm_calls.rbegin(); call != result.llm_calls.rend(); ++call) {
    if (!call->provider.empty()) return call->provider;
  }
  return "llm";
}

// True when a provider in the chain failed over to the next, or the LLM tiers gave no post and
// the template writer wrote it.
bool FellBack(const GenerationResult& result) {
  if (!result.llm_calls.empty() && result.post.writer == generate::WriterTier::kTemplate) {
    return true;
  }
  for (const auto& call : result.llm_calls) {
    for (const auto& attempt : call.attempts) {
      if (attempt.action == llm::AttemptAction::kFellBack) return true;
    }
  }
  return false;
}

std::vector<store::LlmAttempt> AttemptRows(const GenerationResult& result) {
  std::vector<store::LlmAttempt> rows;
  for (const auto& call : result.llm_calls) {
    for (const auto& attempt : call.attempts) {
      if (attempt.action == llm::AttemptAction::kSkipped) continue;  // never called
      store::LlmAttempt row;
      row.generation_id = result.id;
      row.provider = attempt.provider;
      row.model = attempt.response_model.empty() ? attempt.model : attempt.response_model;
      row.status = attempt.status == llm::LlmStatus::kOk ? store::AttemptStatus::kOk
                                                         : store::AttemptStatus::kError;
      if (attempt.status != llm::LlmStatus::kOk) {
        row.error_type = std::string(llm::ToString(attempt.status));
      }
      row.latency_ms = attempt.latency.count();
      if (attempt.time_to_first_token) row.ttft_ms = attempt.time_to_first_token->count();
      row.prompt_tokens = attempt.usage.input_tokens;
      row.completion_tokens = attempt.usage.output_tokens;
      if (attempt.attempt > 1) row.retry_reason = "retry " + std::to_string(attempt.attempt);
      if (attempt.action == llm::AttemptAction::kFellBack) row.fallback_reason = attempt.reason;
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

}  // namespace

std::string_view ToString(WordDiff::Op op) {
  switch (op) {
    case WordDiff::Op::kKeep:
      return "keep";
    case WordDiff::Op::kInsert:
      return "insert";
    case WordDiff::Op::kDelete:
      return "delete";
  }
  return "keep";
}

PostService::PostService(PostStores stores) : stores_(stores) {}

core::Result<PostRecord> PostService::Create(const GenerationResult& result, const Actor& actor,
                                             const std::string& source_id) {
  const generate::Post& post = result.post;
  store::Generation generation;
  generation.source_id = source_id;
  generation.id = result.id;  // "" = the store assigns one; a batch item passes its own
  generation.style = std::string(generate::ToString(post.options.style));
  generation.tone = std::string(generate::ToString(post.options.tone));
  generation.hook = std::string(generate::ToString(post.hook_used));
  generation.writer_tier = std::string(generate::ToString(post.writer));
  generation.provider = AnsweringProvider(result);
  generation.prompt_version = post.prompt_version;
  generation.fell_back = FellBack(result);
  generation.duration_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(result.elapsed).count();
  generation.details = GenerationDetailsToJson(result).dump();
  store::PostVersion first;
  first.text = post.text;
  first.hashtags = post.hashtags;
  first.caption = post.caption;
  first.reason = store::VersionReason::kGenerate;
  first.quality_score = result.quality.total;
  first.safety_confidence = result.safety.confidence;
  first.safety = SafetyRecord(result.safety);
  auto created = stores_.generations.CreateGeneration(generation, first);
  if (!created) return tl::unexpected(created.error());
  GenerationResult stored = result;
  stored.id = created->generation.id;
  if (auto audited = Audit(actor, "generate", stored.id); !audited) {
    return tl::unexpected(audited.error());
  }
  PostRecord record;
  for (store::LlmAttempt& row : AttemptRows(stored)) {
    auto attempt = stores_.attempts.RecordAttempt(row);
    if (!attempt) return tl::unexpected(attempt.error());
    record.attempts.push_back(std::move(*attempt));
  }
  record.generation = created->generation;
  record.versions.push_back(created->first_version);
  record.details = std::move(stored);
  return record;
}

core::Result<PostRecord> PostService::Get(const std::string& id) const {
  auto generation = stores_.generations.GetGeneration(id);
  if (!generation) return tl::unexpected(generation.error());
  auto versions = stores_.generations.ListVersions(id);
  if (!versions) return tl::unexpected(versions.error());
  auto feedback = stores_.feedback.ListFeedback(id);
  if (!feedback) return tl::unexpected(feedback.error());
  auto attempts = stores_.attempts.ListAttempts(id);
  if (!attempts) return tl::unexpected(attempts.error());
  return PostRecord{*generation, std::move(*versions), std::move(*feedback), std::move(*attempts),
                    std::nullopt};
}

core::Result<std::vector<store::PostVersion>> PostService::Versions(const std::string& id) const {
  if (auto generation = stores_.generations.GetGeneration(id); !generation) {
    return tl::unexpected(generation.error());
  }
  return stores_.generations.ListVersions(id);
}

core::Result<store::PostVersion> PostService::Refine(const std::string& id,
                                                     const RefineInput& input, const Actor& actor) {
  auto versions = Versions(id);
  if (!versions) return tl::unexpected(versions.error());
  if (versions->empty()) return core::Fail(core::ErrorCode::kStore, "The post has no versions.");
  const store::PostVersion* base = &versions->back();
  if (!input.base_version_id.empty()) {
    base = nullptr;
    for (const auto& v : *versions) {
      if (v.id == input.base_version_id) base = &v;
    }
    if (!base) {
      return core::Fail(core::ErrorCode::kNotFound, "Version " + input.base_version_id +
                                                        " is not a version of post " + id + ".");
    }
  }
  store::PostVersion next;
  next.generation_id = id;
  next.parent_id = base->id;
  next.hashtags = base->hashtags;
  next.caption = base->caption;
  std::string action_name;
  if (!input.text.empty()) {
    if (input.text == base->text) {
      return core::Fail(core::ErrorCode::kConflict, "The edited text equals the current version.");
    }
    next.text = input.text;
    next.reason = store::VersionReason::kManualEdit;
    action_name = "edit";
  } else {
    auto refined = RefinedText(id, input, base->text);
    if (!refined) return tl::unexpected(refined.error());
    next.text = std::move(*refined);
    next.reason = store::VersionReason::kRefine;
    action_name = input.use_hook.empty() ? "refine:" + input.action : "refine:use-hook";
  }
  if (evaluator_) {
    // A failed check (the source is gone) still stores the version, without a report.
    if (auto evaluated = evaluator_(id, next.text)) {
      next.quality_score = evaluated->quality.total;
      next.safety_confidence = evaluated->safety.confidence;
      next.safety = SafetyRecord(evaluated->safety);
    }
  }
  auto added = stores_.generations.AddVersion(next);
  if (!added) return tl::unexpected(added.error());
  if (auto audited = Audit(actor, action_name, added->id); !audited) {
    return tl::unexpected(audited.error());
  }
  return added;
}

core::Result<std::string> PostService::RefinedText(const std::string& id, const RefineInput& input,
                                                   const std::string& base_text) const {
  if (input.action.empty() == input.use_hook.empty()) {
    return core::Fail(core::ErrorCode::kUsage,
                      "Give one of a refine request, a hook to use or the edited text.");
  }
  generate::RefineInput refine_input{.text = base_text};
  generate::RefineAction action = generate::RefineAction::kUseHook;
  if (input.use_hook.empty()) {
    auto request = generate::ParseRefineRequest(input.action);
    if (!request) return tl::unexpected(request.error());
    action = request->action;
    refine_input.tone_shift = request->tone_shift;
  } else {
    refine_input.hook_choice = input.use_hook;
  }
  auto generation = stores_.generations.GetGeneration(id);
  if (!generation) return tl::unexpected(generation.error());
  auto details = StoredDetailsFromJson(generation->details);
  if (!details) return tl::unexpected(details.error());
  refine_input.hook_options = std::move(details->hook_options);
  refine_input.facts = std::move(details->facts);
  auto refined = generate::Refine(refine_input, action);
  if (!refined) return tl::unexpected(refined.error());
  return std::move(refined->text);
}

core::Result<store::PostVersion> PostService::ResolveVersion(const std::string& id) const {
  if (!IsGenerationId(id)) return stores_.generations.GetVersion(id);
  auto versions = Versions(id);
  if (!versions) return tl::unexpected(versions.error());
  if (versions->empty())
    return core::Fail(core::ErrorCode::kNotFound, "Post " + id + " has no versions.");
  return versions->back();
}

core::Result<WordDiff> PostService::Diff(const std::string& from, const std::string& to) const {
  auto a = ResolveVersion(from);
  if (!a) return tl::unexpected(a.error());
  auto b = ResolveVersion(to);
  if (!b) return tl::unexpected(b.error());
  dtl::Diff<std::string, std::vector<std::string>> diff(Tokens(a->text), Tokens(b->text));
  diff.compose();
  WordDiff out{a->id, b->id, {}};
  for (const auto& [token, info] : diff.getSes().getSequence()) {
    WordDiff::Op op = info.type == dtl::SES_ADD      ? WordDiff::Op::kInsert
                      : info.type == dtl::SES_DELETE ? WordDiff::Op::kDelete
                                                     : WordDiff::Op::kKeep;
    if (!out.pieces.empty() && out.pieces.back().op == op) {
      out.pieces.back().text += token;
    } else {
      out.pieces.push_back({op, token});
    }
  }
  return out;
}

core::Result<store::Feedback> PostService::AddFeedback(const std::string& id,
                                                       const FeedbackInput& input,
                                                       const Actor& actor) {
  auto type = store::ParseFeedbackType(input.type);
  if (!type) {
    return core::Fail(core::ErrorCode::kUsage, "Unknown feedback type \"" + input.type +
                                                   "\"; choose " + store::FeedbackTypeChoices() +
                                                   ".");
  }
  if (input.rating && (*input.rating < 1 || *input.rating > 5)) {
    return core::Fail(core::ErrorCode::kUsage, "rating must be between 1 and 5.");
  }
  auto version = ResolveVersion(input.version_id.empty() ? id : input.version_id);
  if (!version) return tl::unexpected(version.error());
  if (version->generation_id != id) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "Version " + version->id + " is not a version of post " + id + ".");
  }
  store::Feedback feedback;
  feedback.version_id = version->id;
  feedback.type = *type;
  feedback.rating = input.rating;
  feedback.comment = input.comment;
  auto added = stores_.feedback.AddFeedback(feedback);
  if (!added) return tl::unexpected(added.error());
  if (auto audited = Audit(actor, "feedback", version->id); !audited) {
    return tl::unexpected(audited.error());
  }
  return added;
}

core::Status PostService::Audit(const Actor& actor, const std::string& action,
                                const std::string& target) {
  store::AuditEvent event;
  event.actor = actor.actor;
  event.action = action;
  event.target = target;
  event.origin = actor.origin;
  auto appended = stores_.audit.AppendAudit(event);
  if (!appended) return tl::unexpected(appended.error());
  return core::Ok();
}

}  // namespace repopost::app
