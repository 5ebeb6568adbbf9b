#include "generate/phrase_bank.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "generate/phrase_renderer.h"

namespace repopost::generate {
namespace {

core::Result<PhraseBank> ParseOne(std::string_view text) {
  return PhraseBank::Parse({{"test.txt", text}});
}

TEST(PhraseBank, ParsesSectionsTonesAndLineBreaks) {
  core::Result<PhraseBank> bank =
      ParseOne("# comment\n@version 3\n[hook.story]\n* | a {project}\\nb\nminimal | c\n");
  ASSERT_TRUE(bank) << bank.error().message;
  EXPECT_EQ(bank->version(), "3");
  const std::vector<Phrase>* phrases = bank->Section("hook.story");
  ASSERT_NE(phrases, nullptr);
  ASSERT_EQ(phrases->size(), 2u);
  EXPECT_EQ((*phrases)[0].text, "a {project}\nb");
  EXPECT_FALSE((*phrases)[0].tone.has_value());
  EXPECT_EQ((*phrases)[1].tone, Tone::kMinimal);
  EXPECT_EQ(bank->Section("nope"), nullptr);
}

struct BadBank {
  const char* text;
  const char* message_part;
};

TEST(PhraseBank, RejectsMalformedFilesWithFileAndLine) {
  const BadBank cases[] = {
      {"[a]\n* | x\n", "no @version"},
      {"@version 1\n* | x\n", "before any [section]"},
      {"@version 1\n[a]\nloud | x\n", "unknown tone 'loud'"},
      {"@version 1\n[a]\njust text\n", "test.txt:3"},
      {"@version 1\n[a\n", "malformed section"},
  };
  for (const BadBank& bad : cases) {
    core::Result<PhraseBank> bank = ParseOne(bad.text);
    ASSERT_FALSE(bank) << bad.text;
    EXPECT_EQ(bank.error().code, core::ErrorCode::kInput);
    EXPECT_NE(bank.error().message.find(bad.message_part), std::string::npos)
        << bank.error().message;
  }
}

TEST(PhraseBank, RejectsFilesOfDifferentVersions) {
  core::Result<PhraseBank> bank = PhraseBank::Parse(
      {{"a.txt", "@version 1\n[a]\n* | x\n"}, {"b.txt", "@version 2\n[b]\n* | y\n"}});
  ASSERT_FALSE(bank);
  EXPECT_NE(bank.error().message.find("version"), std::string::npos);
}

TEST(PhraseBank, EmbeddedBankParsesAndHasEveryHookSection) {
  const core::Result<PhraseBank>& bank = PhraseBank::Embedded();
  ASSERT_TRUE(bank) << bank.error().message;
  EXPECT_FALSE(bank->version().empty());
  for (const char* section : {"hook.curiosity", "hook.bold-claim", "hook.story", "hook.contrarian",
                              "hook.emotional", "why", "cta.growth", "cta.learning",
                              "cta.build-in-public", "cta.recruiter", "caption.line"}) {
    EXPECT_NE(bank->Section(section), nullptr) << section;
  }
}

// The writer's own words must claim nothing: no digits (every number is a fact), no capitalised
// word mid-sentence (every name is a fact), no adoption, outcome or first-person-experience words.
TEST(PhraseBank, EmbeddedPhrasesMakeNoClaimsOfTheirOwn) {
  const core::Result<PhraseBank>& bank = PhraseBank::Embedded();
  ASSERT_TRUE(bank);
  const char* banned[] = {"thousands",   "millions", "trusted",  "everyone",   "loved",
                          "popular",     "go-to",    "save you", "will never", "faster than",
                          "better than", "I spent",  "I built",  "years of",   "when I",
                          "my team",     "we use",   "best",     "#"};
  for (const std::string& name : bank->SectionNames()) {
    for (const Phrase& phrase : *bank->Section(name)) {
      std::string words;  // the phrase with its slots removed
      bool in_slot = false;
      for (char c : phrase.text) {
        if (c == '{') in_slot = true;
        if (!in_slot) words += c;
        if (c == '}') in_slot = false;
      }
      SCOPED_TRACE(name + ": " + phrase.text);
      EXPECT_TRUE(std::none_of(words.begin(), words.end(),
                               [](unsigned char c) { return std::isdigit(c); }));
      for (const char* word : banned) EXPECT_EQ(words.find(word), std::string::npos) << word;
      for (std::size_t i = 2; i < words.size(); ++i) {
        if (std::isupper(static_cast<unsigned char>(words[i])) && words[i - 1] == ' ') {
          const char before = words[i - 2];
          EXPECT_TRUE(before == '.' || before == '?' || before == '!' || before == ':')
              << "capital mid-sentence at " << i;
        }
      }
    }
  }
}

TEST(PhraseBank, EmbeddedSlotsAreOnesTheDigestOrCaptionFills) {
  const std::set<std::string> known = {"project",
                                       "tagline",
                                       "tagline_np",
                                       "tagline_sentence",
                                       "summary",
                                       "file_count",
                                       "small_file_count",
                                       "line_count",
                                       "small_line_count",
                                       "language",
                                       "languages",
                                       "benchmark",
                                       "benchmark_lower",
                                       "property",
                                       "property_cap",
                                       "property_lower",
                                       "avoided",
                                       "no_dependencies",
                                       "dependency_count",
                                       "commits",
                                       "first_year",
                                       "first_date",
                                       "first_subject",
                                       "authors",
                                       "tag",
                                       "tag_date",
                                       "commits_since_tag",
                                       "changelog_version",
                                       "install",
                                       "usage",
                                       "license",
                                       "platforms",
                                       "examples",
                                       "docs_pages",
                                       "url",
                                       "asset_cap",
                                       "asset_np"};
  const core::Result<PhraseBank>& bank = PhraseBank::Embedded();
  ASSERT_TRUE(bank);
  for (const std::string& name : bank->SectionNames()) {
    for (const Phrase& phrase : *bank->Section(name)) {
      for (const std::string& slot : SlotNames(phrase.text)) {
        EXPECT_TRUE(known.count(slot)) << name << " uses unknown slot {" << slot << "}";
      }
    }
  }
}

}  // namespace
}  // namespace repopost::generate
