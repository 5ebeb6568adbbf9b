// GenerationStore: generations, their post versions (a tree by parent id), and each version's
// safety report with its claims. A version and its report are written in one transaction.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace repopost::store {

enum class VersionReason { kGenerate, kRefine, kManualEdit, kRewrite };
std::string_view ToString(VersionReason value);
std::optional<VersionReason> ParseVersionReason(std::string_view text);

// One generation request and how it was answered. Style, tone, hook and writer tier are the
// generate stage's ToString names (the store does not interpret them).
struct Generation {
  std::string id;         // "g_…"; assigned by CreateGeneration when empty
  std::string source_id;  // "" when the post was written from pasted text with no source row
  std::string style;
  std::string tone;
  std::string hook;
  std::string writer_tier;       // "llm" | "template"
  std::string provider;          // provider that answered, "template" for the template writer
  std::string prompt_version;    // e.g. "writer/v1"
  std::int64_t duration_ms = 0;  // wall time of the whole generation
  bool fell_back = false;        // true when an earlier provider in the chain failed
  std::chrono::system_clock::time_point created_at{};  // set by the store
  // The pipeline's details (facts, hook options, full safety report) as JSON text, so they
  // outlive the process that generated the post. Written by CreateGeneration, read only by
  // GetGeneration (history listings leave it empty); "" when none was kept.
  std::string details;
};

struct ClaimRecord {
  std::string text;
  std::string verdict;                    // the safety stage's verdict name, e.g. "unsupported"
  std::vector<std::string> evidence_ids;  // ids must not contain '\n'
};

struct SafetyReportRecord {
  std::string verdict;  // "consistent" | "inconsistent"
  double confidence = 0.0;
  int policy_hits = 0;
  int unsupported_claims = 0;
  std::vector<ClaimRecord> claims;
};

struct PostVersion {
  std::string id;             // "v_…"; assigned by the store when empty
  std::string generation_id;  // set by CreateGeneration; required by AddVersion
  int seq = 0;                // 1 for the first version of a generation; set by the store
  std::string parent_id;      // "" for the first version
  std::string text;
  std::vector<std::string> hashtags;  // tags must not contain '\n'
  std::string caption;
  VersionReason reason = VersionReason::kGenerate;
  std::optional<double> quality_score;      // 0-100
  std::optional<double> safety_confidence;  // 0-1
  std::optional<SafetyReportRecord> safety;
  std::chrono::system_clock::time_point created_at{};  // set by the store
};

struct CreatedGeneration {
  Generation generation;
  PostVersion first_version;
};

// One row of `history`: a generation and its newest version.
struct HistoryEntry {
  Generation generation;
  PostVersion latest;  // without its safety report
  int version_count = 0;
};

struct HistoryQuery {
  int limit = 20;         // 1..1000
  std::string source_id;  // "" = all sources
  std::string before_id;  // "" = newest first; else the page after this generation id
};

// Thread-safe (the Store serialises calls on its connection).
class GenerationStore {
 public:
  virtual ~GenerationStore() = default;
  // Stores a generation and its first version (reason kGenerate, no parent) in one transaction.
  virtual core::Result<CreatedGeneration> CreateGeneration(const Generation& generation,
                                                           const PostVersion& first) = 0;
  // Stores a new version of `version.generation_id` (which must exist: kNotFound) whose parent,
  // when set, must be a version of the same generation (kInput otherwise). The version, its
  // safety report and all claims commit together or not at all.
  virtual core::Result<PostVersion> AddVersion(const PostVersion& version) = 0;
  virtual core::Result<Generation> GetGeneration(const std::string& id) = 0;
  // The version with its safety report; kNotFound when absent.
  virtual core::Result<PostVersion> GetVersion(const std::string& id) = 0;
  // All versions of a generation in seq order, with safety reports.
  virtual core::Result<std::vector<PostVersion>> ListVersions(const std::string& generation_id) = 0;
  // Newest generations first (created-at, then id).
  virtual core::Result<std::vector<HistoryEntry>> ListHistory(const HistoryQuery& query) = 0;
};

}  // namespace repopost::store
