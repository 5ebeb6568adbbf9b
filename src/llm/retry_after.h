// Retry-After header values (RFC 9110 section 10.2.3): delay-seconds or an HTTP-date.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

namespace repopost::llm {

// The wait a Retry-After value asks for, relative to `now`; nullopt when the value is neither a
// non-negative integer nor an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"). Dates in the past
// give zero. Fractional seconds ("1.5", sent by some providers) are accepted.
std::optional<std::chrono::milliseconds> ParseRetryAfter(std::string_view value,
                                                         std::chrono::system_clock::time_point now);

}  // namespace repopost::llm
