#include "post_audit.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

#include "generate/hook_writer.h"
#include "generate/template_writer.h"
#include "profile/sheet_profile.h"
#include "text/utf8.h"

namespace repopost::generate::testing {
namespace {

// Words the writer itself may capitalise mid-sentence. Kept deliberately tiny.
const std::set<std::string> kWriterWords = {"I"};

// Bullets, arrows and emoji, with a variation selector or not: tokens of at most 8 bytes with
// no ASCII letter or digit.
bool IsBulletOrEmoji(const std::string& token) {
  return std::none_of(token.begin(), token.end(),
                      [](unsigned char c) { return std::isalnum(c); }) &&
         token.size() <= 8;
}

std::string StripPunctuation(std::string token) {
  const std::string leading = "(\"'[";
  const std::string trailing = ".,;:!?)\"']";
  while (!token.empty() && leading.find(token.front()) != std::string::npos) token.erase(0, 1);
  while (!token.empty() && trailing.find(token.back()) != std::string::npos) token.pop_back();
  return token;
}

std::string WithoutCommas(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), ','), text.end());
  return text;
}

bool HasDigit(const std::string& token) {
  return std::any_of(token.begin(), token.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool LooksLikeCode(const std::string& token) {
  for (const char* mark : {"_", "::", "()", "--", "/", "=", "<", ">", "|", "@"}) {
    if (token.find(mark) != std::string::npos) return true;
  }
  for (std::size_t i = 1; i + 1 < token.size(); ++i) {
    if (token[i] == '.' && std::isalnum(static_cast<unsigned char>(token[i - 1])) &&
        std::isalnum(static_cast<unsigned char>(token[i + 1]))) {
      return true;
    }
    if (std::islower(static_cast<unsigned char>(token[i - 1])) &&
        std::isupper(static_cast<unsigned char>(token[i]))) {
      return true;  // camelCase
    }
  }
  return false;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::set<std::string> WordSet(const std::string& text) {
  std::set<std::string> words;
  std::string current;
  for (unsigned char c : text + " ") {
    if (std::isalnum(c) || c >= 0x80) {
      current += static_cast<char>(std::tolower(c));
    } else if (!current.empty()) {
      words.insert(current);
      current.clear();
    }
  }
  return words;
}

bool IsCamelCaseTag(const std::string& tag) {
  if (tag.size() < 3 || tag[0] != '#') return false;
  const unsigned char first = static_cast<unsigned char>(tag[1]);
  const bool starts_well = std::isupper(first) || first >= 0x80 || tag == "#iOS" || tag == "#macOS";
  const bool clean = std::all_of(tag.begin() + 1, tag.end(),
                                 [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
  return starts_well && clean;
}

}  // namespace

std::string BodyWithoutHashtags(const std::string& text) {
  const std::size_t last = text.rfind("\n\n");
  if (last != std::string::npos && text.compare(last + 2, 1, "#") == 0) return text.substr(0, last);
  return text;
}

std::vector<std::string> UngroundedTokens(const Post& post) {
  std::string evidence;
  for (const core::Fact& fact : post.facts_used) evidence += fact.value + "\n" + fact.detail + "\n";
  const std::string evidence_plain = WithoutCommas(evidence);
  std::vector<std::string> problems;
  for (const std::string& line : Lines(BodyWithoutHashtags(post.text))) {
    std::istringstream in(line);
    bool sentence_start = true;
    for (std::string raw; in >> raw;) {
      if (IsBulletOrEmoji(raw)) {
        if (raw.back() == '.' || raw.back() == '!' || raw.back() == '?') sentence_start = true;
        continue;
      }
      const std::string token = StripPunctuation(raw);
      const bool at_start = sentence_start;
      const char last = raw.back();
      sentence_start = last == '.' || last == '!' || last == '?';
      if (token.empty()) continue;
      if (HasDigit(token)) {
        if (evidence_plain.find(WithoutCommas(token)) == std::string::npos) {
          problems.push_back("number '" + token + "'");
        }
      } else if (LooksLikeCode(token)) {
        if (evidence.find(token) == std::string::npos) problems.push_back("code '" + token + "'");
      } else if (!at_start && std::isupper(static_cast<unsigned char>(token[0]))) {
        if (evidence.find(token) == std::string::npos && kWriterWords.count(token) == 0) {
          problems.push_back("proper noun '" + token + "'");
        }
      }
    }
  }
  return problems;
}

std::vector<std::string> RepeatedAdjacentSentences(const std::string& text) {
  std::vector<std::string> sentences;
  for (const std::string& line : Lines(BodyWithoutHashtags(text))) {
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
      const bool end = i == line.size() || ((line[i] == '.' || line[i] == '!' || line[i] == '?') &&
                                            i + 1 < line.size() && line[i + 1] == ' ');
      if (!end) continue;
      std::string sentence = line.substr(begin, i - begin + (i < line.size() ? 1 : 0));
      if (!WordSet(sentence).empty()) sentences.push_back(sentence);
      begin = i + 1;
    }
  }
  std::vector<std::string> problems;
  for (std::size_t i = 1; i < sentences.size(); ++i) {
    const std::set<std::string> a = WordSet(sentences[i - 1]);
    const std::set<std::string> b = WordSet(sentences[i]);
    std::size_t common = 0;
    for (const std::string& w : a) common += b.count(w);
    const double jaccard =
        static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
    if (jaccard >= 0.8) problems.push_back("'" + sentences[i - 1] + "' / '" + sentences[i] + "'");
  }
  return problems;
}

std::size_t Words(const std::string& text) {
  std::istringstream in(text);
  std::size_t n = 0;
  for (std::string token; in >> token;) {
    if (std::any_of(token.begin(), token.end(), [](unsigned char c) { return std::isalnum(c); }))
      ++n;
  }
  return n;
}

void ExpectPostFollowsRules(const std::string& label, const core::FactSheet& sheet,
                            const Post& post) {
  SCOPED_TRACE(label + "\n" + post.text);
  for (const std::string& problem : UngroundedTokens(post)) ADD_FAILURE() << problem;
  for (const std::string& problem : RepeatedAdjacentSentences(post.text)) {
    ADD_FAILURE() << "repeated sentences " << problem;
  }
  EXPECT_TRUE(text::IsValidUtf8(post.text));
  EXPECT_LE(text::Utf16Length(post.text), kLinkedInMaxUtf16);
  EXPECT_LE(Words(BodyWithoutHashtags(post.text)), kTargetMaxWords);
  EXPECT_TRUE(post.text.starts_with(post.hook + "\n\n")) << "the hook opens the post";
  EXPECT_TRUE(HookFits(post.hook)) << post.hook;
  EXPECT_LE(text::Utf16Length(post.hook), 140u);
  EXPECT_LE(std::count(post.hook.begin(), post.hook.end(), '\n'), 1);

  EXPECT_GE(post.hashtags.size(), 3u);
  EXPECT_LE(post.hashtags.size(), 5u);
  for (const std::string& tag : post.hashtags) EXPECT_TRUE(IsCamelCaseTag(tag)) << tag;

  ASSERT_EQ(post.hook_options.size(), 5u);
  std::set<std::string> texts;
  for (const HookOption& option : post.hook_options) {
    EXPECT_TRUE(HookFits(option.text)) << option.text;
    texts.insert(option.text);
  }
  EXPECT_EQ(texts.size(), 5u) << "hook options are distinct";
  EXPECT_TRUE(texts.count(post.hook)) << "the chosen hook is among the options";

  EXPECT_FALSE(post.facts_used.empty());
  // The writer writes from the sheet as the generation service understands it.
  const core::FactSheet written_from = profile::UnderstandSheet(sheet).sheet;
  for (const core::Fact& fact : post.facts_used) {
    const core::Fact* original = written_from.FindById(fact.id);
    ASSERT_NE(original, nullptr) << fact.id;
    EXPECT_EQ(original->value, fact.value);
  }
  if (post.hook_used != post.options.hook) {
    const bool noted = std::any_of(post.notes.begin(), post.notes.end(), [&](const std::string& n) {
      return n.find(std::string(ToString(post.options.hook))) != std::string::npos;
    });
    EXPECT_TRUE(noted) << "a hook fallback is explained in the notes";
  }
}

}  // namespace repopost::generate::testing
