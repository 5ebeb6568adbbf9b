#include "text/tokenizer.h"

#include <utf8proc.h>

#include <cstdlib>

#include "core/enum_table.h"
#include "text/emoji.h"
#include "text/utf8.h"

namespace repopost::text {
namespace {

constexpr core::EnumTable<TokenKind, 5> kTokenKinds{{{
    {TokenKind::kWord, "word"},
    {TokenKind::kIdentifier, "identifier"},
    {TokenKind::kNumber, "number"},
    {TokenKind::kVersion, "version"},
    {TokenKind::kUrl, "url"},
}}};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiAlnum(char c) { return IsDigit(c) || IsUpper(c) || IsLower(c); }
bool IsAscii(char c) { return static_cast<unsigned char>(c) < 0x80; }

// Han and kana have no spaces between words: each character is its own token.
bool IsCjkIdeograph(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

bool IsUnicodeWordChar(char32_t cp) {
  if (IsSymbolNotWord(cp)) return false;  // "ℹ" is a letter to Unicode, an emoji to a reader
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// The Tokenize scanner: one pass over `text_`, appending to `out_`.
class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Token>& out) : text_(text), out_(out) {}

  void Run() {
    std::size_t i = 0;
    while (i < text_.size()) {
      const char c = text_[i];
      if (IsAscii(c)) {
        if (StartsUrl(i)) {
          i = ScanUrl(i);
        } else if (IsDigit(c) || (IsVPrefix(i))) {
          i = ScanNumber(i);
        } else if (IsAsciiAlnum(c) || c == '_') {
          i = ScanWord(i);
        } else {
          ++i;
        }
        continue;
      }
      std::size_t next = i;
      const char32_t cp = DecodeAt(text_, next);
      if (IsCjkIdeograph(cp)) {
        Emit(i, next, TokenKind::kWord, false);
        i = next;
      } else if (IsUnicodeWordChar(cp)) {
        i = ScanWord(i);
      } else {
        i = next;
      }
    }
  }

 private:
  char At(std::size_t i) const { return i < text_.size() ? text_[i] : '\0'; }

  bool StartsWithNoCase(std::size_t i, std::string_view prefix) const {
    if (text_.size() - i < prefix.size()) return false;
    for (std::size_t k = 0; k < prefix.size(); ++k) {
      char c = text_[i + k];
      if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[k]) return false;
    }
    return true;
  }

  bool AtWordStart(std::size_t i) const {
    return i == 0 || !(IsAsciiAlnum(text_[i - 1]) || text_[i - 1] == '_' || !IsAscii(text_[i - 1]));
  }

  bool StartsUrl(std::size_t i) const {
    if (!AtWordStart(i)) return false;
    return StartsWithNoCase(i, "https://") || StartsWithNoCase(i, "http://") ||
           (StartsWithNoCase(i, "www.") && IsAsciiAlnum(At(i + 4)));
  }

  // "v1.2" but not "v8" or "dev1.2": a 'v' at a word start followed by digits and a dot.
  bool IsVPrefix(std::size_t i) const {
    if ((text_[i] != 'v' && text_[i] != 'V') || !AtWordStart(i) || !IsDigit(At(i + 1))) {
      return false;
    }
    std::size_t j = i + 1;
    while (IsDigit(At(j))) ++j;
    return At(j) == '.' && IsDigit(At(j + 1));
  }

  std::size_t ScanUrl(std::size_t i) {
    std::size_t j = i;
    while (j < text_.size()) {
      const char c = text_[j];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' || c == '>' || c == '"' ||
          c == '\'' || c == ')' || c == ']' || c == '`' || !IsAscii(c)) {
        break;
      }
      ++j;
    }
    while (j > i) {
      const char c = text_[j - 1];
      if (c != '.' && c != ',' && c != ';' && c != ':' && c != '!' && c != '?') break;
      --j;
    }
    Emit(i, j, TokenKind::kUrl, false);
    std::size_t k = i;
    bool first = true;
    while (k < j) {
      if (!IsAsciiAlnum(text_[k])) {
        ++k;
        continue;
      }
      std::size_t e = k;
      while (e < j && IsAsciiAlnum(text_[e])) ++e;
      const std::string_view part = text_.substr(k, e - k);
      const bool is_scheme = first && (StartsWithNoCase(k, "http") && (part.size() <= 5));
      const bool is_www = part.size() == 3 && StartsWithNoCase(k, "www");
      if (!is_scheme && !is_www) Emit(k, e, TokenKind::kWord, true);
      first = false;
      k = e;
    }
    return j;
  }

  std::size_t ScanNumber(std::size_t i) {
    const bool has_v = !IsDigit(text_[i]);
    std::size_t j = has_v ? i + 1 : i;
    while (IsDigit(At(j))) ++j;
    int dots = 0;
    bool has_comma = false;
    while (true) {
      if (At(j) == '.' && IsDigit(At(j + 1))) {
        ++dots;
        j += 1;
        while (IsDigit(At(j))) ++j;
      } else if (At(j) == ',' && dots == 0 && IsDigit(At(j + 1)) && IsDigit(At(j + 2)) &&
                 IsDigit(At(j + 3)) && !IsDigit(At(j + 4))) {
        has_comma = true;
        j += 4;
      } else {
        break;
      }
    }
    const bool is_version = !has_comma && (dots >= 2 || (has_v && dots >= 1));
    if (is_version && At(j) == '-' && IsAsciiAlnum(At(j + 1))) {
      ++j;
      while (IsAsciiAlnum(At(j)) || (At(j) == '.' && IsAsciiAlnum(At(j + 1)))) ++j;
    }
    Emit(i, j, is_version ? TokenKind::kVersion : TokenKind::kNumber, false);
    return j;
  }

  bool IsWordCharAt(std::size_t i, std::size_t& next) const {
    next = i;
    if (i >= text_.size()) return false;
    const char c = text_[i];
    if (IsAscii(c)) {
      next = i + 1;
      return IsAsciiAlnum(c) || c == '_';
    }
    const char32_t cp = DecodeAt(text_, next);
    return IsUnicodeWordChar(cp) && !IsCjkIdeograph(cp);
  }

  // A joiner glues two word runs into one identifier: '-', '.', "::" between word characters.
  std::size_t JoinerLength(std::size_t i) const {
    std::size_t after = 0;
    std::size_t next = 0;
    if (At(i) == '-' || At(i) == '.') {
      after = i + 1;
    } else if (At(i) == ':' && At(i + 1) == ':') {
      after = i + 2;
    } else {
      return 0;
    }
    return IsWordCharAt(after, next) ? after - i : 0;
  }

  std::size_t ScanWord(std::size_t i) {
    std::size_t j = i;
    bool compound = false;
    while (true) {
      std::size_t next = 0;
      if (IsWordCharAt(j, next)) {
        j = next;
        continue;
      }
      const std::size_t joiner = JoinerLength(j);
      if (joiner == 0) break;
      compound = true;
      j += joiner;
    }
    const std::size_t first = out_.size();
    Emit(i, j, TokenKind::kWord, false);
    if (compound || HasCaseOrUnderscoreBoundary(i, j)) EmitParts(i, j);
    if (out_.size() - first > 1) out_[first].kind = TokenKind::kIdentifier;
    return j;
  }

  // Cheap pre-check so plain words skip EmitParts.
  bool HasCaseOrUnderscoreBoundary(std::size_t begin, std::size_t end) const {
    for (std::size_t p = begin; p < end; ++p) {
      if (text_[p] == '_' || IsBoundary(p, begin)) return true;
    }
    return false;
  }

  bool IsBoundary(std::size_t p, std::size_t begin) const {
    if (p == begin) return false;
    const char prev = text_[p - 1];
    const char cur = text_[p];
    if (IsUpper(cur) && (IsLower(prev) || IsDigit(prev))) return true;
    return IsUpper(cur) && IsUpper(prev) && IsLower(At(p + 1));
  }

  // Emits the parts of the identifier [begin, end) when there is more than one.
  void EmitParts(std::size_t begin, std::size_t end) {
    const std::size_t first = out_.size();
    std::size_t start = begin;
    for (std::size_t p = begin; p <= end; ++p) {
      const bool at_end = p == end;
      const char c = at_end ? '\0' : text_[p];
      const bool separator = c == '_' || c == '-' || c == '.' || c == ':';
      if (at_end || separator || IsBoundary(p, begin)) {
        if (p > start) Emit(start, p, TokenKind::kWord, true);
        start = separator ? p + 1 : p;
      }
    }
    if (out_.size() - first == 1) out_.pop_back();  // one part is the word itself
  }

  void Emit(std::size_t begin, std::size_t end, TokenKind kind, bool is_part) {
    Token token;
    token.text = FoldCase(text_.substr(begin, end - begin));
    token.begin = static_cast<std::uint32_t>(begin);
    token.end = static_cast<std::uint32_t>(end);
    token.kind = kind;
    token.is_part = is_part;
    out_.push_back(std::move(token));
  }

  std::string_view text_;
  std::vector<Token>& out_;
};

}  // namespace

std::string_view ToString(TokenKind kind) { return kTokenKinds.Name(kind); }

std::string FoldCase(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && IsAscii(c);
  if (ascii) {
    std::string out(word);
    for (char& c : out) {
      if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  utf8proc_uint8_t* folded = nullptr;
  const auto options =
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                   static_cast<utf8proc_ssize_t>(word.size()), &folded, options);
  if (length < 0) return std::string(word);  // invalid UTF-8: keep the bytes as they are
  std::string out(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
  std::free(folded);
  return out;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 1);
  Scanner(text, out).Run();
  return out;
}

}  // namespace repopost::text
