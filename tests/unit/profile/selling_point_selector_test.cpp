// Selling points are standalone sentences about what the product does or is: never a table
// caption or legend, an announcement, a how-to step, or an API reference heading.
#include <gtest/gtest.h>

#include "profile/clean_text.h"
#include "profile/profile_builder.h"
#include "readme_sheet.h"

namespace repopost::profile {
namespace {

std::string FirstPoints(const ProjectProfile& p, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < p.selling_points.size() && i < n; ++i) {
    out += LowerAscii(p.selling_points[i].text) + "\n";
  }
  return out;
}

TEST(SelectSellingPoints, TableCaptionsAndLegendsAreNotPoints) {
  const auto p = BuildProfile(
      testing::ReadmeSheet("# brisk\n\nbrisk is a web framework.\n\n## Benchmarks\n\n"
                           "Brisk vs. Other Frameworks (routing benchmark)\n\n"
                           "| Benchmark | ns/op |\n|---|---|\n| Brisk | 27 |\n\n"
                           "- (1): Total Repetitions achieved in constant time, higher is better\n"
                           "- (2): Single Repetition Duration (ns/op), lower is better\n"));
  for (const SellingPoint& point : p.selling_points) {
    EXPECT_EQ(point.text.find("vs."), std::string::npos) << point.text;
    EXPECT_FALSE(point.text.starts_with("(")) << point.text;
  }
}

TEST(SelectSellingPoints, ListIntroducedAsKeyFeaturesRanksFirst) {
  const auto p = BuildProfile(testing::ReadmeSheet(
      "# typo\n\ntypo is a library for building CLIs.\n\nIt has a long history of users.\n\n"
      "The key features are:\n\n* **Short**: minimize code duplication.\n"
      "* **Start simple**: the simplest example adds only 2 lines of code.\n\n"
      "## FastAPI of CLIs\n\ntypo is the little sibling of a web framework.\n"));
  const std::string first = FirstPoints(p, 3);
  EXPECT_NE(first.find("minimize code duplication"), std::string::npos) << first;
  EXPECT_NE(first.find("2 lines of code"), std::string::npos) << first;
}

TEST(SelectSellingPoints, NoAnnouncementsHowToStepsOrReferenceHeadings) {
  const auto p = BuildProfile(testing::ReadmeSheet(
      "# hue\n\nhue is a terminal string styling library.\n\n## Hue 2.0 is now available!\n\n"
      "We're excited to announce the release of Hue 2.0! This release brings new features.\n\n"
      "## Features\n\nhue supports 256 colors and Truecolor.\n"
      "Use hue --list-themes to get a list of all themes.\n\n"
      "## API\n\n### hue.level\n\nSpecifies the level of color support.\n\n"
      "### Use hue in your code\n\nNow let's start using hue in your own code.\n"));
  const std::string all = FirstPoints(p, 12);
  EXPECT_NE(all.find("256 colors"), std::string::npos) << all;
  for (std::string_view never :
       {"excited", "this release", "list-themes", "hue.level", "in your own code"}) {
    EXPECT_EQ(all.find(never), std::string::npos) << never << " in\n" << all;
  }
}

}  // namespace
}  // namespace repopost::profile
