#include "store/sql_batch_store.h"

#include <algorithm>

#include "store/record_id.h"

namespace repopost::store {
namespace {

using core::ErrorCode;

constexpr const char* kItemColumns =
    "id, job_id, ordinal, input, state, lease_owner, lease_expires_at, available_at, attempts, "
    "last_error, result";

BatchItem ItemFromRow(const SqlRow& row) {
  BatchItem item;
  item.id = row.Text(0);
  item.job_id = row.Text(1);
  item.ordinal = static_cast<int>(row.Int(2));
  item.input = row.Text(3);
  item.state = ParseBatchItemState(row.Text(4)).value_or(BatchItemState::kQueued);
  item.lease_owner = row.Text(5);
  item.lease_expires_at = FromMs(row.Int(6));
  item.available_at = FromMs(row.Int(7));
  item.attempts = static_cast<int>(row.Int(8));
  item.last_error = row.Text(9);
  item.result = row.Text(10);
  return item;
}

std::string State(BatchItemState state) { return std::string(ToString(state)); }

}  // namespace

core::Result<BatchJob> SqlBatchStore::CreateBatchJob(const BatchJob& job,
                                                     const std::vector<std::string>& inputs) {
  if (inputs.empty()) return core::Fail(ErrorCode::kInput, "a batch needs at least one source");
  if (job.max_attempts < 1 || job.max_attempts > 100) {
    return core::Fail(ErrorCode::kInput, "max attempts must be between 1 and 100");
  }
  auto lock = session_.Lock();
  SqlTransaction tx(session_.connection(), TransactionMode::kImmediate);
  if (auto s = tx.Begin(); !s) return tl::unexpected(s.error());
  BatchJob stored = job;
  if (stored.id.empty()) stored.id = NewRecordId("b");
  std::int64_t now = session_.NowMs();
  stored.created_at = FromMs(now);
  const SqlParam params[] = {stored.id, stored.name, std::int64_t{stored.max_attempts}, now};
  auto inserted = session_.connection().Execute(
      "INSERT INTO batch_jobs (id, name, max_attempts, created_at) VALUES ($1, $2, $3, $4)",
      params);
  if (!inserted) return tl::unexpected(inserted.error());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const SqlParam item[] = {NewRecordId("bi"),
                             stored.id,
                             static_cast<std::int64_t>(i),
                             inputs[i],
                             State(BatchItemState::kQueued),
                             now};
    auto row = session_.connection().Execute(
        "INSERT INTO batch_items (id, job_id, ordinal, input, state, lease_owner, "
        "lease_expires_at, available_at, attempts, last_error, result, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, '', 0, $6, 0, '', '', $6)",
        item);
    if (!row) return tl::unexpected(row.error());
  }
  if (auto s = tx.Commit(); !s) return tl::unexpected(s.error());
  stored.queued = static_cast<int>(inputs.size());
  stored.running = stored.done = stored.dead = 0;
  return stored;
}

core::Result<BatchJob> SqlBatchStore::GetBatchJob(const std::string& id) {
  auto lock = session_.Lock();
  const SqlParam params[] = {id};
  auto jobs = session_.connection().Query(
      "SELECT id, name, max_attempts, created_at FROM batch_jobs WHERE id = $1", params);
  if (!jobs) return tl::unexpected(jobs.error());
  if (jobs->empty()) return core::Fail(ErrorCode::kNotFound, "no batch has the id " + id);
  const SqlRow& row = jobs->front();
  BatchJob job;
  job.id = row.Text(0);
  job.name = row.Text(1);
  job.max_attempts = static_cast<int>(row.Int(2));
  job.created_at = FromMs(row.Int(3));
  auto counts = session_.connection().Query(
      "SELECT state, COUNT(*) FROM batch_items WHERE job_id = $1 GROUP BY state", params);
  if (!counts) return tl::unexpected(counts.error());
  for (const SqlRow& count : *counts) {
    int n = static_cast<int>(count.Int(1));
    switch (ParseBatchItemState(count.Text(0)).value_or(BatchItemState::kQueued)) {
      case BatchItemState::kQueued:
        job.queued += n;
        break;
      case BatchItemState::kRunning:
        job.running += n;
        break;
      case BatchItemState::kDone:
        job.done += n;
        break;
      case BatchItemState::kDead:
        job.dead += n;
        break;
    }
  }
  return job;
}

core::Result<std::vector<BatchItem>> SqlBatchStore::ListBatchItems(const std::string& job_id) {
  auto lock = session_.Lock();
  const SqlParam params[] = {job_id};
  auto rows =
      session_.connection().Query(std::string("SELECT ") + kItemColumns +
                                      " FROM batch_items WHERE job_id = $1 ORDER BY ordinal",
                                  params);
  if (!rows) return tl::unexpected(rows.error());
  std::vector<BatchItem> items;
  for (const SqlRow& row : *rows) items.push_back(ItemFromRow(row));
  return items;
}

core::Result<int> SqlBatchStore::ExpireLeases(std::int64_t now_ms) {
  // Dead-letter first (the lease expired on the last allowed attempt), then re-queue the rest.
  // PostgreSQL needs every bound parameter used, so each statement gets its own list.
  const SqlParam dead_params[] = {now_ms, State(BatchItemState::kDead),
                                  State(BatchItemState::kRunning)};
  auto dead = session_.connection().Execute(
      "UPDATE batch_items SET state = $2, lease_owner = '', updated_at = $1, "
      "last_error = 'the worker lease expired on the last allowed attempt' "
      "WHERE state = $3 AND lease_expires_at <= $1 AND attempts >= "
      "(SELECT max_attempts FROM batch_jobs j WHERE j.id = batch_items.job_id)",
      dead_params);
  if (!dead) return tl::unexpected(dead.error());
  const SqlParam queue_params[] = {now_ms, State(BatchItemState::kQueued),
                                   State(BatchItemState::kRunning)};
  auto requeued = session_.connection().Execute(
      "UPDATE batch_items SET state = $2, lease_owner = '', available_at = $1, updated_at = $1, "
      "last_error = 'the worker lease expired' WHERE state = $3 AND lease_expires_at <= $1",
      queue_params);
  if (!requeued) return tl::unexpected(requeued.error());
  return static_cast<int>(*dead + *requeued);
}

core::Result<int> SqlBatchStore::RequeueExpired() {
  auto lock = session_.Lock();
  SqlTransaction tx(session_.connection(), TransactionMode::kImmediate);
  if (auto s = tx.Begin(); !s) return tl::unexpected(s.error());
  auto changed = ExpireLeases(session_.NowMs());
  if (!changed) return tl::unexpected(changed.error());
  if (auto s = tx.Commit(); !s) return tl::unexpected(s.error());
  return changed;
}

core::Result<std::optional<BatchItem>> SqlBatchStore::ClaimNext(const std::string& owner,
                                                                std::chrono::milliseconds lease) {
  if (owner.empty()) return core::Fail(ErrorCode::kUsage, "a worker needs a name to claim work");
  auto lock = session_.Lock();
  SqlTransaction tx(session_.connection(), TransactionMode::kImmediate);
  if (auto s = tx.Begin(); !s) return tl::unexpected(s.error());
  std::int64_t now = session_.NowMs();
  if (auto expired = ExpireLeases(now); !expired) return tl::unexpected(expired.error());
  // The one per-dialect difference: PostgreSQL lets concurrent claimers skip each other's locked
  // rows; SQLite already holds the database write lock (immediate transaction).
  std::string pick =
      "SELECT id FROM batch_items WHERE state = $4 AND available_at <= $3 "
      "ORDER BY available_at, job_id, ordinal LIMIT 1";
  if (session_.Dialect() == SqlDialect::kPostgres) pick += " FOR UPDATE SKIP LOCKED";
  const SqlParam params[] = {owner, now + lease.count(), now, State(BatchItemState::kQueued),
                             State(BatchItemState::kRunning)};
  auto rows = session_.connection().Query(
      std::string("UPDATE batch_items SET state = $5, lease_owner = $1, lease_expires_at = $2, "
                  "attempts = attempts + 1, updated_at = $3 WHERE id = (") +
          pick + ") RETURNING " + kItemColumns,
      params);
  if (!rows) return tl::unexpected(rows.error());
  if (auto s = tx.Commit(); !s) return tl::unexpected(s.error());
  if (rows->empty()) return std::optional<BatchItem>();
  return std::optional<BatchItem>(ItemFromRow(rows->front()));
}

core::Error SqlBatchStore::LostLease(const std::string& item_id, const std::string& owner) {
  return core::Error{ErrorCode::kConflict,
                     "the worker " + owner + " no longer holds the lease on batch item " + item_id};
}

core::Status SqlBatchStore::Heartbeat(const std::string& item_id, const std::string& owner,
                                      std::chrono::milliseconds lease) {
  auto lock = session_.Lock();
  std::int64_t now = session_.NowMs();
  const SqlParam params[] = {item_id, owner, now, now + lease.count(),
                             State(BatchItemState::kRunning)};
  auto changed = session_.connection().Execute(
      "UPDATE batch_items SET lease_expires_at = $4, updated_at = $3 "
      "WHERE id = $1 AND lease_owner = $2 AND state = $5 AND lease_expires_at > $3",
      params);
  if (!changed) return tl::unexpected(changed.error());
  if (*changed == 0) return tl::unexpected(LostLease(item_id, owner));
  return core::Ok();
}

core::Status SqlBatchStore::Complete(const std::string& item_id, const std::string& owner,
                                     const std::string& result) {
  auto lock = session_.Lock();
  std::int64_t now = session_.NowMs();
  const SqlParam params[] = {
      item_id, owner, now, result, State(BatchItemState::kDone), State(BatchItemState::kRunning)};
  auto changed = session_.connection().Execute(
      "UPDATE batch_items SET state = $5, result = $4, lease_owner = '', updated_at = $3 "
      "WHERE id = $1 AND lease_owner = $2 AND state = $6 AND lease_expires_at > $3",
      params);
  if (!changed) return tl::unexpected(changed.error());
  if (*changed == 0) return tl::unexpected(LostLease(item_id, owner));
  return core::Ok();
}

core::Result<BatchItemState> SqlBatchStore::Fail(const std::string& item_id,
                                                 const std::string& owner, const std::string& error,
                                                 const RetryBackoff& backoff) {
  auto lock = session_.Lock();
  SqlTransaction tx(session_.connection(), TransactionMode::kImmediate);
  if (auto s = tx.Begin(); !s) return tl::unexpected(s.error());
  std::int64_t now = session_.NowMs();
  const SqlParam lookup[] = {item_id, owner, now, State(BatchItemState::kRunning)};
  auto rows = session_.connection().Query(
      "SELECT i.attempts, j.max_attempts FROM batch_items i JOIN batch_jobs j ON j.id = i.job_id "
      "WHERE i.id = $1 AND i.lease_owner = $2 AND i.state = $4 AND i.lease_expires_at > $3",
      lookup);
  if (!rows) return tl::unexpected(rows.error());
  if (rows->empty()) return tl::unexpected(LostLease(item_id, owner));
  std::int64_t attempts = rows->front().Int(0);
  bool is_dead = attempts >= rows->front().Int(1);
  std::int64_t delay = backoff.base.count();
  for (std::int64_t i = 1; i < attempts && delay < backoff.max.count(); ++i) delay *= 2;
  delay = std::min<std::int64_t>(delay, backoff.max.count());
  BatchItemState next = is_dead ? BatchItemState::kDead : BatchItemState::kQueued;
  const SqlParam params[] = {item_id, State(next), error, now + (is_dead ? 0 : delay), now};
  auto changed = session_.connection().Execute(
      "UPDATE batch_items SET state = $2, last_error = $3, available_at = $4, lease_owner = '', "
      "updated_at = $5 WHERE id = $1",
      params);
  if (!changed) return tl::unexpected(changed.error());
  if (auto s = tx.Commit(); !s) return tl::unexpected(s.error());
  return next;
}

}  // namespace repopost::store
