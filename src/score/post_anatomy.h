// PostAnatomy: what a post is made of (hook, lines, paragraphs, sentences, words, hashtags, emoji,
// links), measured once and shared by the quality scorer and the engagement features.
//
//   score::PostAnatomy a = score::PostAnatomy::Of(post_text);
//   a.hook; a.words.size(); a.hashtags.size(); a.emoji_count;
//
// Sentences and bullet items come from text::SentenceSegmenter (line breaks end sentences,
// abbreviations, versions and URLs do not); words are split here on whitespace with punctuation
// stripped and case kept (proper nouns need it). Safe on any input: invalid UTF-8 is repaired
// first. Pure and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::score {

struct PostAnatomy {
  std::string text;                     // the sanitized input
  std::string hook;                     // first non-blank line, trimmed
  bool hook_stands_alone = false;       // a blank line and then more text follow the hook
  std::vector<std::string> lines;       // every line, trimmed (blank lines kept as "")
  std::vector<std::string> paragraphs;  // runs of non-blank lines joined by '\n'
  std::vector<std::string> sentences;   // prose sentences (hashtag-only lines excluded)
  std::vector<std::string> words;       // word tokens, punctuation stripped, URLs excluded
  std::vector<std::string> hashtags;    // "#OpenSource" as written, in order
  std::size_t syllables = 0;            // over `words`
  std::size_t emoji_count = 0;
  std::size_t url_count = 0;
  std::size_t mention_count = 0;  // "@name"
  std::size_t bullet_lines = 0;   // lines the segmenter reads as bullet items
  std::size_t question_marks = 0;
  std::size_t exclamation_marks = 0;
  std::size_t utf16_length = 0;  // LinkedIn's character count

  static PostAnatomy Of(std::string_view text);
};

// True when `cp` is a pictographic emoji or dingbat (text::IsEmojiCodePoint).
bool IsEmoji(char32_t cp);

}  // namespace repopost::score
