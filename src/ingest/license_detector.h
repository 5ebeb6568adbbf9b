// LicenseDetector: recognises a licence text (LICENSE, COPYING) by the phrases that define it and
// names it with its SPDX id. Unknown texts yield nullopt rather than a guess.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace repopost::ingest {

std::optional<std::string> DetectLicense(std::string_view license_text);

}  // namespace repopost::ingest
