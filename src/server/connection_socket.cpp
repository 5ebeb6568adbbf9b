#include "server/connection_socket.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace repopost::server {
namespace {

using std::chrono::milliseconds;

// "::ffff:127.0.0.1" -> "127.0.0.1", so per-address limits see one client as one address.
void NumericAddress(const sockaddr_storage& storage, socklen_t length, std::string& address,
                    int& port) {
  char host[NI_MAXHOST] = {};
  char service[NI_MAXSERV] = {};
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&storage), length, host, sizeof host, service,
                  sizeof service, NI_NUMERICHOST | NI_NUMERICSERV) != 0) {
    return;
  }
  address = host;
  if (address.rfind("::ffff:", 0) == 0 && address.find('.') != std::string::npos) {
    address = address.substr(7);
  }
  port = std::atoi(service);
}

int MillisecondsUntil(ConnectionSocket::Clock::time_point until) {
  const auto now = ConnectionSocket::Clock::now();
  if (until <= now) return 0;
  const auto left = std::chrono::ceil<milliseconds>(until - now).count();
  return static_cast<int>(std::min<long long>(left, 1 << 30));
}

}  // namespace

ConnectionSocket::ConnectionSocket(int fd, milliseconds read_inactivity,
                                   milliseconds write_inactivity)
    : fd_(fd), read_inactivity_(read_inactivity), write_inactivity_(write_inactivity) {
  sockaddr_storage peer{};
  socklen_t length = sizeof peer;
  if (getpeername(fd_, reinterpret_cast<sockaddr*>(&peer), &length) == 0) {
    NumericAddress(peer, length, remote_address_, remote_port_);
  }
}

void ConnectionSocket::LocalAddress(std::string& address, int& port) const {
  sockaddr_storage local{};
  socklen_t length = sizeof local;
  if (getsockname(fd_, reinterpret_cast<sockaddr*>(&local), &length) == 0) {
    NumericAddress(local, length, address, port);
  }
}

void ConnectionSocket::SetDeadline(Clock::time_point deadline) {
  deadline_ = deadline;
  is_expired_ = false;
}

int ConnectionSocket::Poll(short events, Clock::time_point until) const {
  while (true) {
    pollfd entry{fd_, events, 0};
    const int ready = poll(&entry, 1, MillisecondsUntil(until));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return ready;
    return entry.revents;
  }
}

bool ConnectionSocket::WaitForRequest(milliseconds idle, const std::function<bool()>& stopping) {
  if (buffer_begin_ < buffer_end_) return true;
  const auto until = std::min(Clock::now() + idle, deadline_);
  while (!stopping()) {
    const auto slice = std::min(until, Clock::now() + milliseconds(100));
    const int revents = Poll(POLLIN, slice);
    if (revents < 0) return false;
    if (revents > 0) return (revents & POLLIN) != 0;
    if (Clock::now() >= until) return false;
  }
  return false;
}

ssize_t ConnectionSocket::Read(char* out, std::size_t size) {
  if (buffer_begin_ == buffer_end_) {
    const auto inactive = Clock::now() + read_inactivity_;
    const auto until = std::min(inactive, deadline_);
    const int revents = Poll(POLLIN, until);
    if (revents == 0) {
      if (Clock::now() >= deadline_) is_expired_ = true;
      return -1;
    }
    if (revents < 0) return -1;
    ssize_t received;
    do {
      received = recv(fd_, buffer_, sizeof buffer_, 0);
    } while (received < 0 && errno == EINTR);
    if (received <= 0) return received;
    buffer_begin_ = 0;
    buffer_end_ = static_cast<std::size_t>(received);
  }
  const std::size_t n = std::min(size, buffer_end_ - buffer_begin_);
  std::memcpy(out, buffer_ + buffer_begin_, n);
  buffer_begin_ += n;
  return static_cast<ssize_t>(n);
}

ssize_t ConnectionSocket::Write(const char* data, std::size_t size) {
  std::size_t sent = 0;
  while (sent < size) {
    const int revents = Poll(POLLOUT, Clock::now() + write_inactivity_);
    if (revents <= 0 || (revents & (POLLERR | POLLHUP)) != 0) return -1;
    const ssize_t n = send(fd_, data + sent, size - sent, MSG_NOSIGNAL);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) return -1;
    sent += static_cast<std::size_t>(n);
  }
  return static_cast<ssize_t>(sent);
}

bool ConnectionSocket::IsReadable() const {
  if (buffer_begin_ < buffer_end_) return true;
  return Poll(POLLIN, std::min(Clock::now() + read_inactivity_, deadline_)) > 0;
}

bool ConnectionSocket::IsWritable() const {
  if (PeerClosed()) return false;
  const int revents = Poll(POLLOUT, Clock::now() + write_inactivity_);
  return revents > 0 && (revents & (POLLERR | POLLHUP)) == 0;
}

bool ConnectionSocket::PeerClosed() const {
  pollfd entry{fd_, POLLRDHUP, 0};
  if (poll(&entry, 1, 0) <= 0) return false;
  return (entry.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

}  // namespace repopost::server
