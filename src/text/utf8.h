// UTF-8 validation, repair and measurement. Every text that enters repopost from outside passes
// through SanitizeUtf8 before any other stage sees it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace repopost::text {

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool IsValidUtf8(std::string_view text);

// A copy of `text` with every invalid byte sequence replaced by U+FFFD and NUL bytes removed.
std::string SanitizeUtf8(std::string_view text);

// Length in UTF-16 code units, the unit LinkedIn counts its 3,000-character limit in.
// REQUIRES: `text` is valid UTF-8.
std::size_t Utf16Length(std::string_view text);

// Number of code points. REQUIRES: valid UTF-8.
std::size_t CodePointCount(std::string_view text);

// The longest prefix of `text` of at most `max_bytes` bytes that ends on a code point boundary.
std::string_view TruncateUtf8(std::string_view text, std::size_t max_bytes);

// Decodes the code point at `pos`, advancing `pos`; U+FFFD on malformed input (advancing 1 byte).
char32_t DecodeAt(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(std::string& out, char32_t cp);

}  // namespace repopost::text
