// TextDecoder: turns bytes read from a repository into text a document may hold: binary files
// (a NUL byte in the first 8,000 bytes, as git decides) are refused, invalid UTF-8 is repaired,
// and files over the cap are cut on a code point boundary. Each degradation adds a warning.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/repo_reader.h"

namespace repopost::ingest {

bool LooksBinary(std::string_view bytes);

// nullopt for binary content. `warnings` receives one sentence per degradation.
std::optional<std::string> DecodeText(const FileBlob& blob, const std::string& path,
                                      std::size_t max_bytes, std::vector<std::string>& warnings);

}  // namespace repopost::ingest
