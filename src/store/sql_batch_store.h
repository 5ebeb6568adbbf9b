// SqlBatchStore: BatchStore over a SqlSession (either backend). See batch_store.h for the lease
// protocol.
#pragma once

#include "store/batch_store.h"
#include "store/sql_session.h"

namespace repopost::store {

class SqlBatchStore final : public BatchStore {
 public:
  // REQUIRES: session outlives this object.
  explicit SqlBatchStore(SqlSession& session) : session_(session) {}

  core::Result<BatchJob> CreateBatchJob(const BatchJob& job,
                                        const std::vector<std::string>& inputs) override;
  core::Result<BatchJob> GetBatchJob(const std::string& id) override;
  core::Result<std::vector<BatchItem>> ListBatchItems(const std::string& job_id) override;
  core::Result<std::optional<BatchItem>> ClaimNext(const std::string& owner,
                                                   std::chrono::milliseconds lease) override;
  core::Status Heartbeat(const std::string& item_id, const std::string& owner,
                         std::chrono::milliseconds lease) override;
  core::Status Complete(const std::string& item_id, const std::string& owner,
                        const std::string& result) override;
  core::Result<BatchItemState> Fail(const std::string& item_id, const std::string& owner,
                                    const std::string& error, const RetryBackoff& backoff) override;
  core::Result<int> RequeueExpired() override;

 private:
  // REQUIRES: the session lock held and a write transaction open.
  core::Result<int> ExpireLeases(std::int64_t now_ms);
  // kConflict naming the item when `owner` does not hold a live lease on it.
  core::Error LostLease(const std::string& item_id, const std::string& owner);

  SqlSession& session_;
};

}  // namespace repopost::store
