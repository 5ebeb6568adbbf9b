// WorkerPool: a fixed set of threads with a bounded queue for long work (generation, batches), so
// HTTP threads only parse, wait and answer. Submit refuses when the queue is full (the caller
// answers 429 with Retry-After). Shutdown runs every queued task, then joins: nothing accepted is
// dropped half-way.
//
// Thread-safe.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace repopost::server {

class WorkerPool {
 public:
  WorkerPool(std::size_t threads, std::size_t max_queued);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // False when the queue is full or the pool is shutting down; the task then never runs.
  bool Submit(std::function<void()> task);
  void Shutdown();
  std::size_t Queued() const;
  std::size_t Threads() const { return threads_.size(); }

 private:
  void Loop();

  std::size_t max_queued_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace repopost::server
