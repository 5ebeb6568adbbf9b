// Error values and the one mapping from error codes to exit codes and HTTP statuses.
#pragma once

#include <string>
#include <string_view>

namespace repopost::core {

// What went wrong, coarse enough for a caller to decide what to do (DESIGN.md section 4).
enum class ErrorCode {
  kUsage,         // bad flags or arguments (exit 1, HTTP 400)
  kInput,         // bad path, not a repository, unreadable or malformed input (exit 2, HTTP 422)
  kNotFound,      // an id or resource that does not exist (exit 2, HTTP 404)
  kProvider,      // an LLM or remote provider failed and no fallback is left (exit 3, HTTP 502)
  kTimeout,       // a network call ran past its deadline (exit 3, HTTP 504)
  kStore,         // the database failed (exit 4, HTTP 500)
  kUnauthorized,  // missing or wrong API key (HTTP 401)
  kForbidden,     // key lacks the scope, or path outside allowed roots (HTTP 403)
  kRateLimited,   // too many requests (HTTP 429)
  kTooLarge,      // body, file or text over a size cap (exit 2, HTTP 413)
  kConflict,      // state does not allow the change: a refusal (exit 1, HTTP 409)
  kInternal,      // a bug (exit 70, HTTP 500)
};

std::string_view ToString(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // one sentence a user can act on, no trailing newline
};

inline Error MakeError(ErrorCode code, std::string message) {
  return Error{code, std::move(message)};
}

// The process exit code for a command that failed with `code`.
int ExitCodeFor(ErrorCode code);
// The HTTP status for a request that failed with `code`.
int HttpStatusFor(ErrorCode code);

}  // namespace repopost::core
