// Tokenizer: splits text into lower-cased word tokens in a way that suits code and READMEs.
//
//   for (const text::Token& t : text::Tokenize("parseHTTPResponse in v1.2.3 costs 1,000 ms"))
//     ... "parsehttpresponse"(identifier) "parse" "http" "response"(parts) "in" "v1.2.3"(version)
//         "costs" "1,000"(number) "ms"
//
// Rules (a hand-written scanner, no regex, one pass):
// - Identifiers that join parts by case change (camelCase, PascalCase, HTTPServer), '_', '-',
//   '.', or "::" yield the whole identifier (kIdentifier) followed by each part (is_part = true).
//   Digits stay attached to the letters before them ("utf8", "x86").
// - Versions ("v1.2.3", "1.2.3", "2.0.0-rc1") and numbers ("1,000", "3.5", "42") stay whole.
// - URLs (http://, https://, www.) stay whole (kUrl), followed by their alphanumeric parts.
// - Everything is lower-cased; non-ASCII through Unicode case folding (utf8proc), so
//   "Straße" and "STRASSE" fold to the same token.
// Non-letters (punctuation, symbols, emoji) separate tokens and are dropped.
// Thread-safe: a pure function.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::text {

enum class TokenKind {
  kWord,        // plain word: "fast", "über"
  kIdentifier,  // compound code identifier kept whole: "parsehttpresponse", "snake_case"
  kNumber,      // "42", "1,000", "3.5"
  kVersion,     // "v1.2.3", "1.2.3"
  kUrl,         // "https://github.com/o/r"
};

struct Token {
  std::string text;         // lower-cased / case-folded
  std::uint32_t begin = 0;  // byte offsets into the input, [begin, end)
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool is_part = false;  // a part of the identifier or URL just before it
};

std::string_view ToString(TokenKind kind);

// REQUIRES: `text` is valid UTF-8 (pass it through SanitizeUtf8 first); invalid bytes are
// treated as separators, never crash.
std::vector<Token> Tokenize(std::string_view text);

// Lower-cases ASCII and case-folds (NFC) everything else.
std::string FoldCase(std::string_view word);

}  // namespace repopost::text
