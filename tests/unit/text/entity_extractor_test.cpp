#include "text/entity_extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace repopost::text {
namespace {

std::vector<std::string> Names(std::string_view input, EntityKind kind) {
  std::vector<std::string> out;
  for (const Entity& e : EntityExtractor().Extract(input)) {
    if (e.kind == kind) out.push_back(e.surface);
  }
  return out;
}

TEST(EntityExtractor, FindsNamesButNotSentenceInitialOrFunctionWords) {
  EXPECT_EQ(Names("Built by Jane Doe at Acme Corp, and The team loves it.", EntityKind::kName),
            (std::vector<std::string>{"Jane Doe", "Acme Corp"}));
  EXPECT_TRUE(Names("Finally a tool that just works.", EntityKind::kName).empty());
  EXPECT_EQ(Names("AWS users: Terraform fans", EntityKind::kTechnology),
            (std::vector<std::string>{"AWS", "Terraform"}));
}

TEST(EntityExtractor, FindsLanguagesLicencesAndCode) {
  EXPECT_EQ(Names("Written in Go and C++, not Rust.", EntityKind::kLanguage),
            (std::vector<std::string>{"Go", "C++", "Rust"}));
  EXPECT_TRUE(Names("Go check it out", EntityKind::kLanguage).empty());
  EXPECT_EQ(Names("Licensed under MIT or Apache-2.0.", EntityKind::kLicense),
            (std::vector<std::string>{"MIT", "Apache-2.0"}));
  EXPECT_EQ(Names("Call `ggml_init()` or use parse_args and camelCase with --height",
                  EntityKind::kCodeIdentifier),
            (std::vector<std::string>{"ggml_init()", "parse_args", "camelCase", "--height"}));
}

TEST(EntityExtractor, SkipsUrlsAndEmails) {
  EXPECT_TRUE(
      EntityExtractor().Extract("see https://github.com/Foo/Bar or mail Jane@Example.org").empty());
}

TEST(EntityExtractor, NormalizesTokensKeepingTechnicalNamesWhole) {
  EXPECT_EQ(EntityExtractor::Normalize("Node.JS, C++ and whisper.cpp's v1.2"),
            "node.js c++ and whisper.cpp v1.2");
  EXPECT_EQ(
      EntityExtractor::Tokens("\u00DCber-fast \u0645\u0631\u062D\u0628\u0627 \xF0\x9F\x9A\x80"),
      (std::vector<std::string>{"\u00FCber-fast", "\u0645\u0631\u062D\u0628\u0627"}));
}

TEST(EntityKind, RoundTripsThroughStrings) {
  for (EntityKind k : {EntityKind::kName, EntityKind::kTechnology, EntityKind::kLanguage,
                       EntityKind::kLicense, EntityKind::kCodeIdentifier}) {
    EXPECT_EQ(ParseEntityKind(ToString(k)), k);
  }
}

}  // namespace
}  // namespace repopost::text
