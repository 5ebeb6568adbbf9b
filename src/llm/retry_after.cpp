#include "llm/retry_after.h"

#include <charconv>
#include <ctime>
#include <string>

namespace repopost::llm {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::optional<std::chrono::milliseconds> ParseSeconds(std::string_view text) {
  double seconds = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (error != std::errc() || end != text.data() + text.size() || seconds < 0) return std::nullopt;
  if (seconds > 365.0 * 24 * 3600) return std::nullopt;  // nonsense; ignore rather than overflow
  return std::chrono::milliseconds(static_cast<long long>(seconds * 1000.0));
}

std::optional<std::chrono::milliseconds> ParseHttpDate(std::string_view text,
                                                       std::chrono::system_clock::time_point now) {
  std::string copy(text);
  std::tm tm{};
  const char* end = strptime(copy.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  if (end == nullptr || *end != '\0') return std::nullopt;
  std::time_t when = timegm(&tm);
  if (when == static_cast<std::time_t>(-1)) return std::nullopt;
  auto target = std::chrono::system_clock::from_time_t(when);
  if (target <= now) return std::chrono::milliseconds(0);
  return std::chrono::duration_cast<std::chrono::milliseconds>(target - now);
}

}  // namespace

std::optional<std::chrono::milliseconds> ParseRetryAfter(
    std::string_view value, std::chrono::system_clock::time_point now) {
  std::string_view text = Trim(value);
  if (text.empty()) return std::nullopt;
  if (text.front() >= '0' && text.front() <= '9') return ParseSeconds(text);
  return ParseHttpDate(text, now);
}

}  // namespace repopost::llm
