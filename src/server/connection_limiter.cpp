#include "server/connection_limiter.h"

namespace repopost::server {

ConnectionLimiter::Ticket::Ticket(ConnectionLimiter* limiter, std::string address)
    : limiter_(limiter), address_(std::move(address)) {}

ConnectionLimiter::Ticket::Ticket(Ticket&& other) noexcept
    : limiter_(other.limiter_), address_(std::move(other.address_)) {
  other.limiter_ = nullptr;
}

ConnectionLimiter::Ticket::~Ticket() {
  if (limiter_ != nullptr) limiter_->Release(address_);
}

ConnectionLimiter::ConnectionLimiter(Limits limits) : limits_(limits) {}

std::optional<ConnectionLimiter::Ticket> ConnectionLimiter::Admit(const std::string& address) {
  std::lock_guard lock(mutex_);
  if (open_ >= limits_.max_connections) return std::nullopt;
  std::size_t& mine = per_address_[address];
  if (mine >= limits_.max_per_address) {
    if (mine == 0) per_address_.erase(address);
    return std::nullopt;
  }
  ++mine;
  ++open_;
  return Ticket(this, address);
}

std::size_t ConnectionLimiter::Open() const {
  std::lock_guard lock(mutex_);
  return open_;
}

void ConnectionLimiter::Release(const std::string& address) {
  std::lock_guard lock(mutex_);
  --open_;
  auto found = per_address_.find(address);
  if (found != per_address_.end() && --found->second == 0) per_address_.erase(found);
}

}  // namespace repopost::server
