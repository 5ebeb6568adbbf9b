#include "ingest/license_detector.h"

#include <array>
#include <cctype>

namespace repopost::ingest {
namespace {

// Lower-case, every run of whitespace and '*' or '#' comment markers collapsed to one space.
std::string Normalise(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (unsigned char c : text) {
    if (std::isspace(c) || c == '*' || c == '#') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

struct LicenseRule {
  std::string_view spdx;
  std::string_view must;  // phrase that must appear
  std::string_view also;  // second phrase that must appear ("" = none)
  bool is_title =
      false;  // `must` and `also` are looked for in the first 120 characters (the title)
};

// Ordered: more specific rules first (LGPL before GPL, BSD-3 before BSD-2).
constexpr std::array<LicenseRule, 17> kRules = {{
    {"AGPL-3.0", "gnu affero general public license", "version 3", true},
    {"LGPL-3.0", "gnu lesser general public license", "version 3", true},
    {"LGPL-2.1", "gnu lesser general public license", "version 2.1", true},
    {"GPL-3.0", "gnu general public license", "version 3", true},
    {"GPL-2.0", "gnu general public license", "version 2", true},
    {"Apache-2.0", "apache license", "version 2.0", false},
    {"MPL-2.0", "mozilla public license", "2.0", false},
    {"BSL-1.0", "boost software license", "1.0", false},
    {"Unlicense", "this is free and unencumbered software released into the public domain", "",
     false},
    {"CC0-1.0", "cc0 1.0 universal", "", false},
    {"WTFPL", "do what the fuck you want to public license", "", false},
    {"ISC", "permission to use, copy, modify, and/or distribute this software for any purpose", "",
     false},
    {"MIT", "permission is hereby granted, free of charge, to any person obtaining a copy", "",
     false},
    {"BSD-3-Clause", "redistribution and use in source and binary forms", "neither the name",
     false},
    {"BSD-3-Clause", "redistribution and use in source and binary forms",
     "may not be used to endorse", false},
    {"BSD-2-Clause", "redistribution and use in source and binary forms", "", false},
    {"Zlib", "altered source versions must be plainly marked as such", "", false},
}};

}  // namespace

std::optional<std::string> DetectLicense(std::string_view license_text) {
  const std::string text = Normalise(license_text.substr(0, 64 * 1024));
  for (const LicenseRule& rule : kRules) {
    const std::string_view scope =
        rule.is_title ? std::string_view(text).substr(0, 120) : std::string_view(text);
    if (scope.find(rule.must) == std::string_view::npos) continue;
    if (!rule.also.empty() && scope.find(rule.also) == std::string_view::npos) continue;
    return std::string(rule.spdx);
  }
  return std::nullopt;
}

}  // namespace repopost::ingest
