// The platforms a sentence names, and whether it says they are not supported. Shared by the
// profile's platform selector and the claim checker's platform rule, so both read a sentence
// the same way.
//
//   profile::PlatformsNamed("Runs on Linux and macOS.")  == {"Linux", "macOS"}
//   profile::SaysUnsupported("Windows is not supported yet.") == true
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace repopost::profile {

// Canonical names ("Linux", "macOS", "Windows", "FreeBSD", ...), each once, in text order;
// paths and file names ("windows/", "linux.md") are not platforms.
std::vector<std::string> PlatformsNamed(std::string_view text);
// True when the text says something is not supported, recommended, available or working.
bool SaysUnsupported(std::string_view text);

}  // namespace repopost::profile
