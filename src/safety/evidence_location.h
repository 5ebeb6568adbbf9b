// Where a piece of evidence is, said so a reader can find it: a file ("README.md", with its line
// kept apart in Evidence::line_begin), a git place ("git tag v14.1.0", "git log") or a manifest
// field ("package.json:version"); never an empty path with a bare line (":8").
#pragma once

#include <string>

#include "core/provenance.h"
#include "safety/evidence.h"

namespace repopost::safety {

// The readable place of a provenance: its file when it has one, else its git or manifest source.
std::string Location(const core::Provenance& provenance);
// True when the provenance is a file, so a line number in it means something.
bool IsFileLocation(const core::Provenance& provenance);
// "README.md:12", "git tag v14.1.0", "git log": the evidence's place for a rationale (a line
// only where the evidence has one: evidence from git or a manifest field has line 0).
std::string DescribeWhere(const Evidence& evidence);

}  // namespace repopost::safety
