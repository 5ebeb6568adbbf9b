// SqlGenerationStore: GenerationStore and SourceStore over a SqlSession (either backend).
#pragma once

#include "store/generation_store.h"
#include "store/source_store.h"
#include "store/sql_session.h"

namespace repopost::store {

class SqlGenerationStore final : public GenerationStore, public SourceStore {
 public:
  // REQUIRES: session outlives this object.
  explicit SqlGenerationStore(SqlSession& session) : session_(session) {}

  core::Result<Source> UpsertSource(const Source& source) override;
  core::Result<Source> GetSource(const std::string& id) override;
  core::Result<std::optional<Source>> FindSourceByLocator(const std::string& locator) override;

  core::Result<CreatedGeneration> CreateGeneration(const Generation& generation,
                                                   const PostVersion& first) override;
  core::Result<PostVersion> AddVersion(const PostVersion& version) override;
  core::Result<Generation> GetGeneration(const std::string& id) override;
  core::Result<PostVersion> GetVersion(const std::string& id) override;
  core::Result<std::vector<PostVersion>> ListVersions(const std::string& generation_id) override;
  core::Result<std::vector<HistoryEntry>> ListHistory(const HistoryQuery& query) override;

 private:
  // Each REQUIRES the session lock held (and a transaction open when it writes).
  core::Result<std::optional<Source>> SourceWhere(const char* column, const std::string& value);
  core::Result<std::optional<Generation>> LoadGeneration(const std::string& id);
  core::Result<PostVersion> InsertVersion(PostVersion version);
  core::Status InsertSafety(const std::string& version_id, const SafetyReportRecord& report,
                            std::int64_t now_ms);
  core::Result<std::vector<PostVersion>> LoadVersions(const char* where, const std::string& value,
                                                      bool with_safety);
  core::Status AttachSafety(PostVersion& version);

  SqlSession& session_;
};

}  // namespace repopost::store
