// Point sentences: a README's selling points turned into sentences a person would write. READMEs
// state features in four shapes: a whole sentence ("Rack provides a minimal interface ..."), a
// labelled item ("Portable: distributed as a single binary"), an imperative item ("Make
// XMLHttpRequests from the browser") and a noun phrase ("Built-in JSON support"). A post needs
// sentences with a subject and a verb, so a labelled item becomes "It is portable: ...", and
// imperative and noun-phrase items are gathered into one sentence each ("With axios you can make
// ..., transform ... and cancel ...", "Its feature list includes built-in JSON support and ...",
// "It auto-detects color support and doesn't extend String.prototype", "It is highly performant,
// clean and focused").
// The project's words are kept; only the frame around them and a lowered first letter are added.
//
//   std::vector<std::string> lines = PointSentences(points, "axios", 4);
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::generate {

// kDoes: an item opening with a verb in the third person ("Auto-detects color support");
// kAdjective: only adverbs and adjectives ("Highly performant", "Clean and focused").
enum class PointShape {
  kSentence,
  kLabelled,
  kImperative,
  kDoes,
  kAdjective,
  kNounPhrase,
  kUnusable
};

struct ShapedPoint {
  PointShape shape = PointShape::kUnusable;
  std::string label;  // kLabelled: "Portable"
  std::string body;   // the text without its label and final full stop
};

// How `point` is written. kUnusable for code-heavy text, questions, how-to headings ("Upgrading
// fzf: ...") and lines that only point elsewhere ("as follows", "see below").
ShapedPoint ShapePoint(std::string_view point);

// Up to `limit` sentences for the first points of `points` (best first). `name` is the product's
// name, used as the subject of gathered items. Points that cannot become a sentence are skipped.
std::vector<std::string> PointSentences(const std::vector<std::string>& points,
                                        std::string_view name, std::size_t limit);

// "Keep-Alive & Connection Pooling" -> "keep-alive & connection pooling"; "Built-in JSON support"
// -> "built-in JSON support". Words in capitals or with inner capitals keep their case.
std::string LowerLead(std::string_view phrase);

// "a, b and c"; "a and b"; "a".
std::string JoinList(const std::vector<std::string>& items);

}  // namespace repopost::generate
