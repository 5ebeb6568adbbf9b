// Reads what the user named as a source on the command line into an app::SourceRequest:
// a path or URL, "-" for standard input, and/or --text FILE.
#pragma once

#include <string>

#include "app/generation_service.h"
#include "core/result.h"

namespace repopost::cli {

// The whole file as text; kInput when unreadable, kTooLarge past 4 MiB.
core::Result<std::string> ReadTextFile(const std::string& path);

core::Result<app::SourceRequest> ReadSourceInput(const std::string& source,
                                                 const std::string& text_file);

}  // namespace repopost::cli
