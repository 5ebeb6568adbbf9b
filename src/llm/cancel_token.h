// CancelToken: a flag a caller sets from any thread to abandon an in-flight call. The client
// checks it from curl's progress callback (at least every ~100 ms and on every received chunk),
// and the router checks it between attempts and during backoff sleeps.
#pragma once

#include <atomic>

namespace repopost::llm {

class CancelToken {
 public:
  void Cancel() { cancelled_.store(true, std::memory_order_relaxed); }
  bool IsCancelled() const { return cancelled_.load(std::memory_order_relaxed); }

 private:
  std::atomic<bool> cancelled_{false};
};

}  // namespace repopost::llm
