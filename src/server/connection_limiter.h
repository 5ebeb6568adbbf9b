// ConnectionLimiter: how many connections the server holds open at once, in total and per client
// address, so one client (or a slowloris attack from one address) cannot take every connection
// thread. Admit returns a ticket that gives the slot back when destroyed.
//
//   ConnectionLimiter limiter({.max_connections = 128, .max_per_address = 32});
//   if (auto ticket = limiter.Admit("203.0.113.7")) { serve(); }  // slot freed with `ticket`
//   else { answer 503 and close; }
//
// Thread-safe. REQUIRES: the limiter outlives its tickets.
#pragma once

#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace repopost::server {

class ConnectionLimiter {
 public:
  struct Limits {
    std::size_t max_connections = 128;  // open connections in total
    std::size_t max_per_address = 32;   // open connections from one client address
  };

  class Ticket {
   public:
    Ticket(Ticket&& other) noexcept;
    Ticket& operator=(Ticket&&) = delete;
    Ticket(const Ticket&) = delete;
    ~Ticket();

   private:
    friend class ConnectionLimiter;
    Ticket(ConnectionLimiter* limiter, std::string address);
    ConnectionLimiter* limiter_;
    std::string address_;
  };

  explicit ConnectionLimiter(Limits limits);

  // A ticket, or nullopt when the total or this address's share is used up.
  std::optional<Ticket> Admit(const std::string& address);
  std::size_t Open() const;

 private:
  void Release(const std::string& address);

  Limits limits_;
  mutable std::mutex mutex_;
  std::size_t open_ = 0;
  std::map<std::string, std::size_t> per_address_;
};

}  // namespace repopost::server
