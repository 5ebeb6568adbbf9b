#include "core/error.h"

namespace repopost::core {

std::string_view ToString(ErrorCode code) {
  switch (code) {
    case ErrorCode::kUsage:
      return "usage";
    case ErrorCode::kInput:
      return "input";
    case ErrorCode::kNotFound:
      return "not-found";
    case ErrorCode::kProvider:
      return "provider";
    case ErrorCode::kTimeout:
      return "timeout";
    case ErrorCode::kStore:
      return "store";
    case ErrorCode::kUnauthorized:
      return "unauthorized";
    case ErrorCode::kForbidden:
      return "forbidden";
    case ErrorCode::kRateLimited:
      return "rate-limited";
    case ErrorCode::kTooLarge:
      return "too-large";
    case ErrorCode::kConflict:
      return "conflict";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

int ExitCodeFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kUsage:
    case ErrorCode::kConflict:  // a refusal ("no emoji to remove") is about the request
      return 1;
    case ErrorCode::kInput:
    case ErrorCode::kNotFound:
    case ErrorCode::kTooLarge:
    case ErrorCode::kForbidden:
      return 2;
    case ErrorCode::kProvider:
    case ErrorCode::kTimeout:
    case ErrorCode::kUnauthorized:
    case ErrorCode::kRateLimited:
      return 3;
    case ErrorCode::kStore:
      return 4;
    case ErrorCode::kInternal:
      return 70;
  }
  return 70;
}

int HttpStatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kUsage:
      return 400;
    case ErrorCode::kInput:
      return 422;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kProvider:
      return 502;
    case ErrorCode::kTimeout:
      return 504;
    case ErrorCode::kStore:
      return 500;
    case ErrorCode::kUnauthorized:
      return 401;
    case ErrorCode::kForbidden:
      return 403;
    case ErrorCode::kRateLimited:
      return 429;
    case ErrorCode::kTooLarge:
      return 413;
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

}  // namespace repopost::core
