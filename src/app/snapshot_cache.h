// SnapshotCache: what a repository at one commit costs to prepare (its FactSheet, its retrieval
// index and claim checker, the prompt-injection scan of its text), kept for the next request
// about the same commit. Keyed by canonical path + HEAD commit id, so a new commit is a miss;
// sources without a commit id (plain folders, pasted text, GitHub API reads) are never cached.
// Least recently used entries are evicted past `capacity`. Thread-safe.
#pragma once

#include <cstddef>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/fact_sheet.h"
#include "index/repo_index.h"
#include "profile/project_profile.h"
#include "safety/claim_checker.h"
#include "safety/policy_hit.h"

namespace repopost::app {

struct Snapshot {
  core::FactSheet facts;  // the profile's sheet (profile/profile_sheet.h)
  profile::ProjectProfile profile;
  std::shared_ptr<const index::RepoIndex> index;
  std::shared_ptr<const safety::ClaimChecker> checker;
  std::vector<safety::PolicyHit> injections;
};

class SnapshotCache {
 public:
  explicit SnapshotCache(std::size_t capacity = 32) : capacity_(capacity) {}

  // The cache key of a local git repository at its current HEAD; "" when not cacheable.
  static std::string KeyFor(const std::string& location);

  std::shared_ptr<const Snapshot> Find(const std::string& key);
  void Put(const std::string& key, std::shared_ptr<const Snapshot> snapshot);

 private:
  std::size_t capacity_;
  std::mutex mutex_;
  std::list<std::string> order_;  // most recently used first
  std::map<std::string,
           std::pair<std::shared_ptr<const Snapshot>, std::list<std::string>::iterator>>
      entries_;
};

}  // namespace repopost::app
