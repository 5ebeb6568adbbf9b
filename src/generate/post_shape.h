// PostShape: a finished post seen as its parts, so an edit keeps the order a LinkedIn post needs:
// the hook paragraph first, the body, then the closing (the question or call to action and the
// link), then the hashtags. Refinements edit the body and put new paragraphs before the closing;
// Render() tidies what edits leave behind (orphan punctuation such as ". !", a paragraph ending
// on a colon with nothing after it, doubled spaces).
//
//   PostShape shape = PostShape::Parse(post.text);
//   shape.AddToBody("Written in Rust.");
//   std::string text = shape.Render();  // "...Written in Rust.\n\nWhat would you
//   ...?\n\nhttps://..."
//
// Value type; pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace repopost::generate {

struct PostShape {
  std::vector<std::string> head;     // head[0] is the hook paragraph (hook on its first line)
  std::vector<std::string> closing;  // trailing question / call to action / link paragraphs
  std::string hashtags;              // the trailing all-hashtag paragraph, "" when none

  static PostShape Parse(std::string_view text);
  // The post again, every paragraph tidied (TidyParagraph), empty ones dropped.
  std::string Render() const;

  // The hook: the first line of the first paragraph ("" for an empty post).
  std::string Hook() const;
  void ReplaceHook(const std::string& hook);
  // Appends a paragraph at the end of the body, before the closing.
  void AddToBody(std::string paragraph);
  // The body paragraphs after the hook paragraph (indices into `head`, from 1).
  std::size_t body_begin() const { return head.empty() ? 0 : 1; }
};

// True for a paragraph that closes a post: a link on its own, a question, or a call to action
// ("Try it", "Star it", "Link in the comments", ...). Code lines never close a post.
bool IsClosingParagraph(std::string_view paragraph);

// True for a code point drawn as an emoji (pictographs, dingbats, flags, joiners, selectors).
bool IsEmoji(char32_t cp);

// A command or code line ("→ cargo install ripgrep", "rg -n x .", "$ make"): tidying and
// tone edits leave it as written, and less-technical removes its paragraph.
bool LooksLikeCode(std::string_view line);

// The shape rules for one paragraph: no space before . , ! ? ; :, a run of mixed sentence marks
// (". !", ".!") becomes one mark, a line of punctuation alone is dropped, a trailing colon with
// nothing after it becomes a full stop (a colon-only lead-in line is dropped), spaces collapse.
std::string TidyParagraph(std::string_view paragraph);

// Ends `sentence` with a full stop when it ends on a letter or digit; a trailing colon becomes a
// full stop. Used for sentences a refinement adds.
std::string EndSentence(std::string sentence);

}  // namespace repopost::generate
