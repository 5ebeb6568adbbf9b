// Result<T>: the return type of every fallible function (STYLE.md habit 4).
//
//   core::Result<FactSheet> sheet = ingest.Read(path);
//   if (!sheet) return tl::unexpected(sheet.error());
#pragma once

#include <tl/expected.hpp>

#include "core/error.h"

namespace repopost::core {

template <typename T>
using Result = tl::expected<T, Error>;

using Status = tl::expected<void, Error>;

inline tl::unexpected<Error> Fail(ErrorCode code, std::string message) {
  return tl::unexpected<Error>(Error{code, std::move(message)});
}

inline Status Ok() { return {}; }

}  // namespace repopost::core
