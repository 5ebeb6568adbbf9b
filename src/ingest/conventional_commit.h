// Conventional-commit subjects ("feat(cli)!: add --check"): the type, when the subject has one
// of the standard types; "" otherwise.
#pragma once

#include <string>
#include <string_view>

namespace repopost::ingest {

std::string ConventionalCommitType(std::string_view subject);

}  // namespace repopost::ingest
