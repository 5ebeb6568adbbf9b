// SqlActivityStore: the append-mostly records about generations — feedback, LLM attempts and
// audit events — over a SqlSession (either backend).
#pragma once

#include "store/attempt_store.h"
#include "store/audit_store.h"
#include "store/feedback_store.h"
#include "store/sql_session.h"

namespace repopost::store {

class SqlActivityStore final : public FeedbackStore, public AttemptStore, public AuditStore {
 public:
  // REQUIRES: session outlives this object.
  explicit SqlActivityStore(SqlSession& session) : session_(session) {}

  core::Result<Feedback> AddFeedback(const Feedback& feedback) override;
  core::Result<std::vector<Feedback>> ListFeedback(const std::string& generation_id) override;

  core::Result<LlmAttempt> RecordAttempt(const LlmAttempt& attempt) override;
  core::Result<std::vector<LlmAttempt>> ListAttempts(const std::string& generation_id) override;

  core::Result<AuditEvent> AppendAudit(const AuditEvent& event) override;
  core::Result<std::vector<AuditEvent>> ListAudit(const AuditQuery& query) override;

 private:
  SqlSession& session_;
};

}  // namespace repopost::store
