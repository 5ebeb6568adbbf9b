// WorkerPool: a fixed set of threads with a bounded queue for long work (generation, batches), so
// HTTP threads only parse, wait and answer. Submit refuses when the queue is full (the caller
// answers 429 with Retry-After). Shutdown runs every queued task, then joins: nothing accepted is
// dropped half-way.
//
// Call runs one piece of work on the pool for a waiting caller with a deadline (POST /v1/check).
//
// Thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "core/result.h"

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
  // Runs `work` on the pool and waits up to `timeout` for its result. Errors: kRateLimited when
  // the queue is full; kTimeout past the deadline (the work still runs to its end on the pool,
  // where its result is dropped: the caller's thread is never pinned).
  template <typename T>
  core::Result<T> Call(std::function<core::Result<T>()> work, std::chrono::milliseconds timeout);
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

template <typename T>
core::Result<T> WorkerPool::Call(std::function<core::Result<T>()> work,
                                 std::chrono::milliseconds timeout) {
  struct Pending {
    std::mutex mutex;
    std::condition_variable done;
    std::optional<core::Result<T>> result;
  };
  auto pending = std::make_shared<Pending>();
  const bool accepted = Submit([pending, work = std::move(work)] {
    core::Result<T> result = work();
    {
      std::lock_guard lock(pending->mutex);
      pending->result = std::move(result);
    }
    pending->done.notify_all();
  });
  if (!accepted) {
    return core::Fail(core::ErrorCode::kRateLimited, "The server is busy; retry shortly.");
  }
  std::unique_lock lock(pending->mutex);
  if (!pending->done.wait_for(lock, timeout, [&] { return pending->result.has_value(); })) {
    return core::Fail(core::ErrorCode::kTimeout,
                      "The work took longer than " +
                          std::to_string(std::chrono::ceil<std::chrono::seconds>(timeout).count()) +
                          " s and was abandoned.");
  }
  return std::move(*pending->result);
}

}  // namespace repopost::server
