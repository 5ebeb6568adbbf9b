#include "profile/section_role_rules.h"

#include <gtest/gtest.h>

namespace repopost::profile {
namespace {

TEST(ClassifyHeading, GivesEachSectionItsRole) {
  const struct {
    const char* heading;
    SectionRole role;
  } cases[] = {
      {"Why shouldn't I use ripgrep?", SectionRole::kLimitations},
      {"Why should I use ripgrep?", SectionRole::kFeatures},
      {"Known issues", SectionRole::kLimitations},
      {"Installation", SectionRole::kInstall},
      {"Building from source", SectionRole::kContributing},
      {"Contributing", SectionRole::kContributing},
      {"🚀 Features", SectionRole::kFeatures},
      {"Quick start", SectionRole::kQuickstart},
      {"Usage", SectionRole::kQuickstart},
      {"Benchmarks", SectionRole::kBenchmarks},
      {"Who uses Cobra?", SectionRole::kAdopters},
      {"Sponsors", SectionRole::kSponsors},
      {"License", SectionRole::kLicense},
      {"FAQ", SectionRole::kFaq},
      {"Translations", SectionRole::kTranslations},
      {"Project status", SectionRole::kStatus},
      {"Comparison with other tools", SectionRole::kComparison},
      {"Overview", SectionRole::kIntro},
      {"Homebrew", SectionRole::kOther},
  };
  for (const auto& c : cases) {
    std::string why;
    EXPECT_EQ(ClassifyHeading(c.heading, why), c.role) << c.heading;
  }
}

TEST(ClassifyHeading, SaysWhy) {
  std::string why;
  ClassifyHeading("Why shouldn't I use it?", why);
  EXPECT_NE(why.find("why shouldn't"), std::string::npos);
}

}  // namespace
}  // namespace repopost::profile
