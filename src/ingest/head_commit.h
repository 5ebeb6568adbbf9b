// HeadCommit: the commit id HEAD points at, for a cheap "has this repository changed?" check
// (opening the repository and resolving one reference; no tree or history is read).
#pragma once

#include <string>

#include "core/result.h"

namespace repopost::ingest {

// The 40-hex id of HEAD's commit. kInput when `path` is not a git repository (or has no
// commits yet): the caller then treats the source as uncacheable.
core::Result<std::string> HeadCommit(const std::string& path);

}  // namespace repopost::ingest
