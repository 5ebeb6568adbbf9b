#include "store/sql_activity_store.h"

#include "store/record_id.h"

namespace repopost::store {
namespace {

using core::ErrorCode;

SqlParam OptionalInt(const std::optional<std::int64_t>& value) {
  return value ? SqlParam{*value} : SqlParam{nullptr};
}

}  // namespace

core::Result<Feedback> SqlActivityStore::AddFeedback(const Feedback& feedback) {
  if (feedback.rating && (*feedback.rating < 1 || *feedback.rating > 5)) {
    return core::Fail(ErrorCode::kInput, "a rating must be between 1 and 5");
  }
  auto lock = session_.Lock();
  Feedback stored = feedback;
  const SqlParam lookup[] = {stored.version_id};
  auto owner =
      session_.connection().Query("SELECT generation_id FROM post_versions WHERE id = $1", lookup);
  if (!owner) return tl::unexpected(owner.error());
  if (owner->empty()) {
    return core::Fail(ErrorCode::kNotFound, "no post version has the id " + stored.version_id);
  }
  stored.generation_id = owner->front().Text(0);
  if (stored.id.empty()) stored.id = NewRecordId("f");
  stored.created_at = FromMs(session_.NowMs());
  std::optional<std::int64_t> rating;
  if (stored.rating) rating = *stored.rating;
  const SqlParam params[] = {stored.id,
                             stored.generation_id,
                             stored.version_id,
                             std::string(ToString(stored.type)),
                             OptionalInt(rating),
                             stored.comment,
                             ToMs(stored.created_at)};
  auto inserted = session_.connection().Execute(
      "INSERT INTO feedback (id, generation_id, version_id, type, rating, comment, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
      params);
  if (!inserted) return tl::unexpected(inserted.error());
  return stored;
}

core::Result<std::vector<Feedback>> SqlActivityStore::ListFeedback(
    const std::string& generation_id) {
  auto lock = session_.Lock();
  const SqlParam params[] = {generation_id};
  auto rows = session_.connection().Query(
      "SELECT id, generation_id, version_id, type, rating, comment, created_at FROM feedback "
      "WHERE generation_id = $1 ORDER BY created_at, id",
      params);
  if (!rows) return tl::unexpected(rows.error());
  std::vector<Feedback> out;
  for (const SqlRow& row : *rows) {
    Feedback f;
    f.id = row.Text(0);
    f.generation_id = row.Text(1);
    f.version_id = row.Text(2);
    f.type = ParseFeedbackType(row.Text(3)).value_or(FeedbackType::kEngaging);
    if (auto rating = row.OptionalInt(4)) f.rating = static_cast<int>(*rating);
    f.comment = row.Text(5);
    f.created_at = FromMs(row.Int(6));
    out.push_back(std::move(f));
  }
  return out;
}

core::Result<LlmAttempt> SqlActivityStore::RecordAttempt(const LlmAttempt& attempt) {
  if (attempt.provider.empty()) return core::Fail(ErrorCode::kInput, "an attempt needs a provider");
  auto lock = session_.Lock();
  LlmAttempt stored = attempt;
  if (stored.id.empty()) stored.id = NewRecordId("a");
  stored.created_at = FromMs(session_.NowMs());
  const SqlParam params[] = {
      stored.id,
      stored.generation_id.empty() ? SqlParam{nullptr} : SqlParam{stored.generation_id},
      stored.provider,
      stored.model,
      std::string(ToString(stored.status)),
      stored.error_type,
      stored.latency_ms,
      OptionalInt(stored.ttft_ms),
      stored.prompt_tokens,
      stored.completion_tokens,
      stored.retry_reason,
      stored.fallback_reason,
      ToMs(stored.created_at)};
  auto inserted = session_.connection().Execute(
      "INSERT INTO llm_attempts (id, generation_id, provider, model, status, error_type, "
      "latency_ms, ttft_ms, prompt_tokens, completion_tokens, retry_reason, fallback_reason, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
      params);
  if (!inserted) {
    if (inserted.error().code == ErrorCode::kConflict && !stored.generation_id.empty()) {
      return core::Fail(ErrorCode::kNotFound, "no generation has the id " + stored.generation_id);
    }
    return tl::unexpected(inserted.error());
  }
  return stored;
}

core::Result<std::vector<LlmAttempt>> SqlActivityStore::ListAttempts(
    const std::string& generation_id) {
  auto lock = session_.Lock();
  const SqlParam params[] = {generation_id};
  auto rows = session_.connection().Query(
      "SELECT id, generation_id, provider, model, status, error_type, latency_ms, ttft_ms, "
      "prompt_tokens, completion_tokens, retry_reason, fallback_reason, created_at "
      "FROM llm_attempts WHERE generation_id = $1 ORDER BY created_at, id",
      params);
  if (!rows) return tl::unexpected(rows.error());
  std::vector<LlmAttempt> out;
  for (const SqlRow& row : *rows) {
    LlmAttempt a;
    a.id = row.Text(0);
    a.generation_id = row.Text(1);
    a.provider = row.Text(2);
    a.model = row.Text(3);
    a.status = ParseAttemptStatus(row.Text(4)).value_or(AttemptStatus::kError);
    a.error_type = row.Text(5);
    a.latency_ms = row.Int(6);
    a.ttft_ms = row.OptionalInt(7);
    a.prompt_tokens = row.Int(8);
    a.completion_tokens = row.Int(9);
    a.retry_reason = row.Text(10);
    a.fallback_reason = row.Text(11);
    a.created_at = FromMs(row.Int(12));
    out.push_back(std::move(a));
  }
  return out;
}

core::Result<AuditEvent> SqlActivityStore::AppendAudit(const AuditEvent& event) {
  if (event.action.empty()) return core::Fail(ErrorCode::kInput, "an audit event needs an action");
  auto lock = session_.Lock();
  AuditEvent stored = event;
  if (stored.id.empty()) stored.id = NewRecordId("e");
  stored.created_at = FromMs(session_.NowMs());
  const SqlParam params[] = {stored.id,     stored.actor,  stored.action,
                             stored.target, stored.origin, ToMs(stored.created_at)};
  auto inserted = session_.connection().Execute(
      "INSERT INTO audit_events (id, actor, action, target, origin, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6)",
      params);
  if (!inserted) return tl::unexpected(inserted.error());
  return stored;
}

core::Result<std::vector<AuditEvent>> SqlActivityStore::ListAudit(const AuditQuery& query) {
  if (query.limit < 1 || query.limit > 1000) {
    return core::Fail(ErrorCode::kUsage, "the audit limit must be between 1 and 1000");
  }
  auto lock = session_.Lock();
  const SqlParam params[] = {query.actor, query.target, std::int64_t{query.limit}};
  auto rows = session_.connection().Query(
      "SELECT id, actor, action, target, origin, created_at FROM audit_events "
      "WHERE ($1 = '' OR actor = $1) AND ($2 = '' OR target = $2) "
      "ORDER BY created_at DESC, id DESC LIMIT $3",
      params);
  if (!rows) return tl::unexpected(rows.error());
  std::vector<AuditEvent> out;
  for (const SqlRow& row : *rows) {
    out.push_back(
        {row.Text(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4), FromMs(row.Int(5))});
  }
  return out;
}

}  // namespace repopost::store
