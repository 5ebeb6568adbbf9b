// How a command reports a failure: one sentence on stderr ("repopost: <message>"), or a JSON
// object on stderr when the user asked for --format json. Returns the exit code for the error.
#pragma once

#include "core/error.h"

namespace repopost::cli {

int ReportError(const core::Error& error, bool as_json);

}  // namespace repopost::cli
