#include "text/emoji.h"

#include <utf8proc.h>

namespace repopost::text {

bool IsPictograph(char32_t cp) {
  if (cp > 0x10FFFF) return false;
  const int bound = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->boundclass;
  return bound == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC || bound == UTF8PROC_BOUNDCLASS_E_ZWG;
}

bool IsEmojiComponent(char32_t cp) {
  return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x200D ||
         cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F) ||
         (cp >= 0x1F1E6 && cp <= 0x1F1FF);
}

bool IsSymbolNotWord(char32_t cp) {
  if (IsPictograph(cp) || IsEmojiComponent(cp)) return true;
  return cp <= 0x10FFFF &&
         utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_SO;
}

}  // namespace repopost::text
