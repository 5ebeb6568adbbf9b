#include "app/snapshot_cache.h"

#include <filesystem>

#include "ingest/head_commit.h"

namespace repopost::app {

std::string SnapshotCache::KeyFor(const std::string& location) {
  std::error_code ec;
  const std::filesystem::path real = std::filesystem::canonical(location, ec);
  if (ec || !std::filesystem::is_directory(real, ec)) return "";
  auto head = ingest::HeadCommit(real.string());
  if (!head) return "";
  return real.string() + "@" + *head;
}

std::shared_ptr<const Snapshot> SnapshotCache::Find(const std::string& key) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return nullptr;
  order_.splice(order_.begin(), order_, it->second.second);
  return it->second.first;
}

void SnapshotCache::Put(const std::string& key, std::shared_ptr<const Snapshot> snapshot) {
  if (key.empty() || capacity_ == 0) return;
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it != entries_.end()) {
    it->second.first = std::move(snapshot);
    order_.splice(order_.begin(), order_, it->second.second);
    return;
  }
  order_.push_front(key);
  entries_.emplace(key, std::make_pair(std::move(snapshot), order_.begin()));
  while (entries_.size() > capacity_) {
    entries_.erase(order_.back());
    order_.pop_back();
  }
}

}  // namespace repopost::app
