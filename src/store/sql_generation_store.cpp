#include "store/sql_generation_store.h"

#include "store/record_id.h"

namespace repopost::store {
namespace {

using core::ErrorCode;

constexpr const char* kSourceColumns = "id, locator, name, last_commit, fetched_at";
constexpr const char* kGenerationColumns =
    "id, source_id, style, tone, hook, writer_tier, provider, prompt_version, duration_ms, "
    "fell_back, created_at";
constexpr const char* kVersionColumns =
    "id, generation_id, seq, parent_id, text, hashtags, caption, reason, quality_score, "
    "safety_confidence, created_at";

Source SourceFromRow(const SqlRow& row) {
  return Source{row.Text(0), row.Text(1), row.Text(2), row.Text(3), FromMs(row.Int(4))};
}

Generation GenerationFromRow(const SqlRow& row, std::size_t at = 0) {
  Generation g;
  g.id = row.Text(at + 0);
  g.source_id = row.Text(at + 1);
  g.style = row.Text(at + 2);
  g.tone = row.Text(at + 3);
  g.hook = row.Text(at + 4);
  g.writer_tier = row.Text(at + 5);
  g.provider = row.Text(at + 6);
  g.prompt_version = row.Text(at + 7);
  g.duration_ms = row.Int(at + 8);
  g.fell_back = row.Int(at + 9) != 0;
  g.created_at = FromMs(row.Int(at + 10));
  return g;
}

PostVersion VersionFromRow(const SqlRow& row, std::size_t at = 0) {
  PostVersion v;
  v.id = row.Text(at + 0);
  v.generation_id = row.Text(at + 1);
  v.seq = static_cast<int>(row.Int(at + 2));
  v.parent_id = row.Text(at + 3);
  v.text = row.Text(at + 4);
  v.hashtags = SplitLines(row.Text(at + 5));
  v.caption = row.Text(at + 6);
  // Only this store writes the column, always with ToString(reason).
  v.reason = ParseVersionReason(row.Text(at + 7)).value_or(VersionReason::kGenerate);
  v.quality_score = row.OptionalReal(at + 8);
  v.safety_confidence = row.OptionalReal(at + 9);
  v.created_at = FromMs(row.Int(at + 10));
  return v;
}

SqlParam OptionalText(const std::string& text) {
  return text.empty() ? SqlParam{nullptr} : SqlParam{text};
}

SqlParam OptionalReal(const std::optional<double>& value) {
  return value ? SqlParam{*value} : SqlParam{nullptr};
}

}  // namespace

core::Result<std::optional<Source>> SqlGenerationStore::SourceWhere(const char* column,
                                                                    const std::string& value) {
  std::string sql =
      std::string("SELECT ") + kSourceColumns + " FROM sources WHERE " + column + " = $1";
  const SqlParam params[] = {value};
  auto rows = session_.connection().Query(sql, params);
  if (!rows) return tl::unexpected(rows.error());
  if (rows->empty()) return std::optional<Source>();
  return std::optional<Source>(SourceFromRow(rows->front()));
}

core::Result<Source> SqlGenerationStore::UpsertSource(const Source& source) {
  if (source.locator.empty()) return core::Fail(ErrorCode::kInput, "a source needs a locator");
  auto lock = session_.Lock();
  SqlTransaction tx(session_.connection(), TransactionMode::kImmediate);
  if (auto s = tx.Begin(); !s) return tl::unexpected(s.error());
  Source stored = source;
  if (stored.id.empty()) stored.id = NewRecordId("s");
  const SqlParam params[] = {stored.id, stored.locator, stored.name, stored.last_commit,
                             ToMs(stored.fetched_at)};
  auto rows = session_.connection().Query(
      "INSERT INTO sources (id, locator, name, last_commit, fetched_at) VALUES ($1, $2, $3, $4, "
      "$5) "
      "ON CONFLICT (locator) DO UPDATE SET name = excluded.name, last_commit = "
      "excluded.last_commit, "
      "fetched_at = excluded.fetched_at RETURNING id, locator, name, last_commit, fetched_at",
      params);
  if (!rows) return tl::unexpected(rows.error());
  Source result = SourceFromRow(rows->front());
  if (!source.text.empty()) {
    const SqlParam text_params[] = {result.id, source.text};
    auto text = session_.connection().Execute(
        "INSERT INTO source_texts (source_id, body) VALUES ($1, $2) "
        "ON CONFLICT (source_id) DO UPDATE SET body = excluded.body",
        text_params);
    if (!text) return tl::unexpected(text.error());
    result.text = source.text;
  }
  if (auto s = tx.Commit(); !s) return tl::unexpected(s.error());
  return result;
}

core::Result<Source> SqlGenerationStore::GetSource(const std::string& id) {
  auto lock = session_.Lock();
  auto found = SourceWhere("id", id);
  if (!found) return tl::unexpected(found.error());
  if (!*found) return core::Fail(ErrorCode::kNotFound, "no source has the id " + id);
  const SqlParam params[] = {id};
  auto text =
      session_.connection().Query("SELECT body FROM source_texts WHERE source_id = $1", params);
  if (!text) return tl::unexpected(text.error());
  if (!text->empty()) (*found)->text = text->front().Text(0);
  return **found;
}

core::Result<std::optional<Source>> SqlGenerationStore::FindSourceByLocator(
    const std::string& locator) {
  auto lock = session_.Lock();
  return SourceWhere("locator", locator);
}

core::Result<CreatedGeneration> SqlGenerationStore::CreateGeneration(const Generation& generation,
                                                                     const PostVersion& first) {
  if (!first.parent_id.empty()) {
    return core::Fail(ErrorCode::kInput, "the first version of a generation has no parent");
  }
  auto lock = session_.Lock();
  SqlTransaction tx(session_.connection(), TransactionMode::kImmediate);
  if (auto s = tx.Begin(); !s) return tl::unexpected(s.error());
  CreatedGeneration created{generation, first};
  Generation& g = created.generation;
  if (g.id.empty()) g.id = NewRecordId("g");
  g.created_at = FromMs(session_.NowMs());
  const SqlParam params[] = {g.id,
                             OptionalText(g.source_id),
                             g.style,
                             g.tone,
                             g.hook,
                             g.writer_tier,
                             g.provider,
                             g.prompt_version,
                             g.duration_ms,
                             std::int64_t{g.fell_back ? 1 : 0},
                             ToMs(g.created_at)};
  auto inserted =
      session_.connection().Execute(std::string("INSERT INTO generations (") + kGenerationColumns +
                                        ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                                    params);
  if (!inserted) return tl::unexpected(inserted.error());
  if (!g.details.empty()) {
    const SqlParam detail_params[] = {g.id, g.details};
    auto details = session_.connection().Execute(
        "INSERT INTO generation_details (generation_id, body) VALUES ($1, $2)", detail_params);
    if (!details) return tl::unexpected(details.error());
  }
  created.first_version.generation_id = g.id;
  created.first_version.reason = VersionReason::kGenerate;
  auto version = InsertVersion(created.first_version);
  if (!version) return tl::unexpected(version.error());
  created.first_version = std::move(*version);
  if (auto s = tx.Commit(); !s) return tl::unexpected(s.error());
  return created;
}

core::Result<PostVersion> SqlGenerationStore::AddVersion(const PostVersion& version) {
  auto lock = session_.Lock();
  SqlTransaction tx(session_.connection(), TransactionMode::kImmediate);
  if (auto s = tx.Begin(); !s) return tl::unexpected(s.error());
  auto generation = LoadGeneration(version.generation_id);
  if (!generation) return tl::unexpected(generation.error());
  if (!*generation) {
    return core::Fail(ErrorCode::kNotFound, "no generation has the id " + version.generation_id);
  }
  if (!version.parent_id.empty()) {
    const SqlParam params[] = {version.parent_id};
    auto rows = session_.connection().Query("SELECT generation_id FROM post_versions WHERE id = $1",
                                            params);
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty() || rows->front().Text(0) != version.generation_id) {
      return core::Fail(ErrorCode::kInput, "the parent version " + version.parent_id +
                                               " is not a version of " + version.generation_id);
    }
  }
  auto stored = InsertVersion(version);
  if (!stored) return tl::unexpected(stored.error());
  if (auto s = tx.Commit(); !s) return tl::unexpected(s.error());
  return stored;
}

core::Result<PostVersion> SqlGenerationStore::InsertVersion(PostVersion v) {
  auto hashtags = JoinLines(v.hashtags, "hashtag");
  if (!hashtags) return tl::unexpected(hashtags.error());
  if (v.id.empty()) v.id = NewRecordId("v");
  std::int64_t now = session_.NowMs();
  v.created_at = FromMs(now);
  const SqlParam seq_params[] = {v.generation_id};
  auto seq = session_.connection().Query(
      "SELECT COALESCE(MAX(seq), 0) + 1 FROM post_versions WHERE generation_id = $1", seq_params);
  if (!seq) return tl::unexpected(seq.error());
  v.seq = static_cast<int>(seq->front().Int(0));
  const SqlParam params[] = {v.id,
                             v.generation_id,
                             std::int64_t{v.seq},
                             OptionalText(v.parent_id),
                             v.text,
                             *hashtags,
                             v.caption,
                             std::string(ToString(v.reason)),
                             OptionalReal(v.quality_score),
                             OptionalReal(v.safety_confidence),
                             now};
  auto inserted =
      session_.connection().Execute(std::string("INSERT INTO post_versions (") + kVersionColumns +
                                        ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                                    params);
  if (!inserted) return tl::unexpected(inserted.error());
  if (v.safety) {
    if (auto s = InsertSafety(v.id, *v.safety, now); !s) return tl::unexpected(s.error());
  }
  return v;
}

core::Status SqlGenerationStore::InsertSafety(const std::string& version_id,
                                              const SafetyReportRecord& report,
                                              std::int64_t now_ms) {
  const SqlParam params[] = {version_id,
                             report.verdict,
                             report.confidence,
                             std::int64_t{report.policy_hits},
                             std::int64_t{report.unsupported_claims},
                             now_ms};
  auto inserted = session_.connection().Execute(
      "INSERT INTO safety_reports (version_id, verdict, confidence, policy_hits, "
      "unsupported_claims, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
      params);
  if (!inserted) return tl::unexpected(inserted.error());
  for (std::size_t i = 0; i < report.claims.size(); ++i) {
    const ClaimRecord& claim = report.claims[i];
    auto evidence = JoinLines(claim.evidence_ids, "evidence id");
    if (!evidence) return tl::unexpected(evidence.error());
    const SqlParam claim_params[] = {version_id, static_cast<std::int64_t>(i), claim.text,
                                     claim.verdict, *evidence};
    auto row = session_.connection().Execute(
        "INSERT INTO claims (version_id, ordinal, text, verdict, evidence_ids) "
        "VALUES ($1, $2, $3, $4, $5)",
        claim_params);
    if (!row) return tl::unexpected(row.error());
  }
  return core::Ok();
}

core::Result<std::optional<Generation>> SqlGenerationStore::LoadGeneration(const std::string& id) {
  const SqlParam params[] = {id};
  auto rows = session_.connection().Query(
      std::string("SELECT ") + kGenerationColumns + " FROM generations WHERE id = $1", params);
  if (!rows) return tl::unexpected(rows.error());
  if (rows->empty()) return std::optional<Generation>();
  return std::optional<Generation>(GenerationFromRow(rows->front()));
}

core::Result<Generation> SqlGenerationStore::GetGeneration(const std::string& id) {
  auto lock = session_.Lock();
  auto found = LoadGeneration(id);
  if (!found) return tl::unexpected(found.error());
  if (!*found) return core::Fail(ErrorCode::kNotFound, "no generation has the id " + id);
  const SqlParam params[] = {id};
  auto details = session_.connection().Query(
      "SELECT body FROM generation_details WHERE generation_id = $1", params);
  if (!details) return tl::unexpected(details.error());
  if (!details->empty()) (*found)->details = details->front().Text(0);
  return **found;
}

core::Status SqlGenerationStore::AttachSafety(PostVersion& version) {
  const SqlParam params[] = {version.id};
  auto reports = session_.connection().Query(
      "SELECT verdict, confidence, policy_hits, unsupported_claims FROM safety_reports "
      "WHERE version_id = $1",
      params);
  if (!reports) return tl::unexpected(reports.error());
  if (reports->empty()) return core::Ok();
  const SqlRow& row = reports->front();
  SafetyReportRecord report{
      row.Text(0), row.Real(1), static_cast<int>(row.Int(2)), static_cast<int>(row.Int(3)), {}};
  auto claims = session_.connection().Query(
      "SELECT text, verdict, evidence_ids FROM claims WHERE version_id = $1 ORDER BY ordinal",
      params);
  if (!claims) return tl::unexpected(claims.error());
  for (const SqlRow& claim : *claims) {
    report.claims.push_back({claim.Text(0), claim.Text(1), SplitLines(claim.Text(2))});
  }
  version.safety = std::move(report);
  return core::Ok();
}

core::Result<std::vector<PostVersion>> SqlGenerationStore::LoadVersions(const char* where,
                                                                        const std::string& value,
                                                                        bool with_safety) {
  const SqlParam params[] = {value};
  auto rows =
      session_.connection().Query(std::string("SELECT ") + kVersionColumns +
                                      " FROM post_versions WHERE " + where + " = $1 ORDER BY seq",
                                  params);
  if (!rows) return tl::unexpected(rows.error());
  std::vector<PostVersion> versions;
  for (const SqlRow& row : *rows) {
    versions.push_back(VersionFromRow(row));
    if (with_safety) {
      if (auto s = AttachSafety(versions.back()); !s) return tl::unexpected(s.error());
    }
  }
  return versions;
}

core::Result<PostVersion> SqlGenerationStore::GetVersion(const std::string& id) {
  auto lock = session_.Lock();
  auto versions = LoadVersions("id", id, true);
  if (!versions) return tl::unexpected(versions.error());
  if (versions->empty())
    return core::Fail(ErrorCode::kNotFound, "no post version has the id " + id);
  return versions->front();
}

core::Result<std::vector<PostVersion>> SqlGenerationStore::ListVersions(
    const std::string& generation_id) {
  auto lock = session_.Lock();
  auto generation = LoadGeneration(generation_id);
  if (!generation) return tl::unexpected(generation.error());
  if (!*generation) {
    return core::Fail(ErrorCode::kNotFound, "no generation has the id " + generation_id);
  }
  return LoadVersions("generation_id", generation_id, true);
}

core::Result<std::vector<HistoryEntry>> SqlGenerationStore::ListHistory(const HistoryQuery& query) {
  if (query.limit < 1 || query.limit > 1000) {
    return core::Fail(ErrorCode::kUsage, "the history limit must be between 1 and 1000");
  }
  auto lock = session_.Lock();
  // Versions are numbered 1..n per generation, so the newest has seq = n = the version count.
  // Filters are added only when set (values still bound), so the planner can walk the
  // (created_at, id) index instead of scanning every generation.
  std::vector<SqlParam> params;
  std::string where;
  auto add = [&](const std::string& clause, const std::string& value) {
    params.push_back(value);
    std::string placeholder = "$" + std::to_string(params.size());
    std::string bound = clause;
    for (std::size_t at; (at = bound.find('?')) != std::string::npos;) {
      bound.replace(at, 1, placeholder);
    }
    where += (where.empty() ? " WHERE " : " AND ") + bound;
  };
  if (!query.source_id.empty()) add("g.source_id = ?", query.source_id);
  if (!query.before_id.empty()) {
    add("(g.created_at, g.id) < (SELECT c.created_at, c.id FROM generations c WHERE c.id = ?)",
        query.before_id);
  }
  params.push_back(std::int64_t{query.limit});
  std::string sql =
      std::string("SELECT ") +
      "g.id, g.source_id, g.style, g.tone, g.hook, g.writer_tier, g.provider, "
      "g.prompt_version, g.duration_ms, g.fell_back, g.created_at, "
      "v.id, v.generation_id, v.seq, v.parent_id, v.text, v.hashtags, v.caption, "
      "v.reason, v.quality_score, v.safety_confidence, v.created_at "
      "FROM (SELECT * FROM generations g" +
      where + " ORDER BY g.created_at DESC, g.id DESC LIMIT $" + std::to_string(params.size()) +
      ") g JOIN post_versions v ON v.generation_id = g.id "
      "AND v.seq = (SELECT MAX(seq) FROM post_versions m WHERE m.generation_id = g.id) "
      "ORDER BY g.created_at DESC, g.id DESC";
  auto rows = session_.connection().Query(sql, params);
  if (!rows) return tl::unexpected(rows.error());
  std::vector<HistoryEntry> entries;
  entries.reserve(rows->size());
  for (const SqlRow& row : *rows) {
    HistoryEntry entry{GenerationFromRow(row, 0), VersionFromRow(row, 11), 0};
    entry.version_count = entry.latest.seq;
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace repopost::store
