#include "text/index_terms.h"

#include "text/stemmer.h"
#include "text/stop_words.h"
#include "text/tokenizer.h"

namespace repopost::text {

std::vector<std::string> IndexTerms(std::string_view text) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> terms;
  terms.reserve(tokens.size());
  for (Token& token : tokens) {
    switch (token.kind) {
      case TokenKind::kNumber:
      case TokenKind::kVersion:
      case TokenKind::kUrl:
        terms.push_back(std::move(token.text));
        break;
      case TokenKind::kIdentifier:
        terms.push_back(StemEnglish(token.text));
        break;
      case TokenKind::kWord:
        if (token.text.size() < 2 || IsStopWord(token.text)) break;
        terms.push_back(StemEnglish(token.text));
        break;
    }
  }
  return terms;
}

}  // namespace repopost::text
