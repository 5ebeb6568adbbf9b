// Cleaning README text into the plain sentences a post can use, and the small text tests the
// selectors share. Cleaning removes markup, never meaning: Markdown emphasis and code marks,
// HTML tags, badge and emoji shortcodes, Sphinx/MyST/RST roles ("{pr}`3656`", ":func:`x`"),
// footnote markers ("[^1]", "¹", a trailing " *"), and a trailing colon that introduced a list.
// HTML entities are decoded and every run of whitespace, Unicode spaces included, becomes one
// space, so a cleaned text never starts or ends with a space.
//
//   profile::CleanText("**Fast** — *optimized* for `speed`:")  == "Fast — optimized for speed"
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::profile {

std::string CleanText(std::string_view text);
// Whitespace at either end removed, ASCII or Unicode (no-break, em, zero-width...); the inside
// is left verbatim, so commands keep their spacing.
std::string TrimSpace(std::string_view text);
// True when `text` carries a footnote marker ("*" after a sentence or number, "[^1]", "¹").
bool HasFootnoteMarker(std::string_view text);
std::string LowerAscii(std::string_view text);
bool ContainsAny(std::string_view lower_haystack, std::initializer_list<std::string_view> needles);
int WordCount(std::string_view text);
// Sentences of a cleaned paragraph (the text stage's segmenter: abbreviations and versions are
// not boundaries).
std::vector<std::string> SplitSentences(std::string_view paragraph);
// A sentence a writer reports as a caveat, never as a selling point or a purpose: limitations,
// status, what is not supported or recommended, quotations (testimonials speak for their
// author) and the author's asides in the first person.
bool IsCaveatOrQuote(std::string_view sentence);
// A sentence that tells the reader what to do ("Begin by declaring a type", "Use --list to
// ..."): a how-to step, not what the product is. `lower` is the lowercased sentence.
bool IsInstruction(const std::string& lower);
// The author speaking ("We're excited to announce ...", "I wrote this"): news or an aside, never
// a definition or a selling point. `lower` is the lowercased sentence.
bool IsAuthorSpeaking(const std::string& lower);
// Letters and digits only, lowercased: "JSON-Server" and "json_server" both give "jsonserver".
std::string Squash(std::string_view text);

}  // namespace repopost::profile
