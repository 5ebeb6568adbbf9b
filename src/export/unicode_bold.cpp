#include "export/unicode_bold.h"

#include "text/utf8.h"

namespace repopost::exports {

std::string ToSansSerifBold(std::string_view utf8) {
  constexpr char32_t kBoldUpperA = 0x1D5D4;  // MATHEMATICAL SANS-SERIF BOLD CAPITAL A
  constexpr char32_t kBoldLowerA = 0x1D5EE;  // MATHEMATICAL SANS-SERIF BOLD SMALL A
  constexpr char32_t kBoldZero = 0x1D7EC;    // MATHEMATICAL SANS-SERIF BOLD DIGIT ZERO
  std::string out;
  out.reserve(utf8.size() * 4);
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t cp = text::DecodeAt(utf8, pos);
    if (cp >= 'A' && cp <= 'Z')
      cp = kBoldUpperA + (cp - 'A');
    else if (cp >= 'a' && cp <= 'z')
      cp = kBoldLowerA + (cp - 'a');
    else if (cp >= '0' && cp <= '9')
      cp = kBoldZero + (cp - '0');
    text::AppendUtf8(out, cp);
  }
  return out;
}

}  // namespace repopost::exports
