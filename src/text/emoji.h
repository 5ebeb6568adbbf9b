// Emoji and symbols: code points that are never part of a word. The tokenizer, the entity
// extractor and the sentence segmenter ask these, so a keyboard emoji before "Usage: ..." (U+2328
// U+FE0F) counts no word (Unicode's Extended_Pictographic property, from utf8proc's tables).
#pragma once

namespace repopost::text {

// True for an Extended_Pictographic code point: U+2328, U+23F1, U+2139, U+203C, U+2934, U+00A9,
// the emoji planes.
bool IsPictograph(char32_t cp);
// True for a code point that only shapes an emoji: variation selectors, the zero-width joiner,
// the keycap mark, skin-tone modifiers, tag characters and regional indicators.
bool IsEmojiComponent(char32_t cp);
// True for a pictograph, an emoji component or any other symbol (Unicode category So).
bool IsSymbolNotWord(char32_t cp);

}  // namespace repopost::text
