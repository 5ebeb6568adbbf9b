#include "text/number_extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace repopost::text {
namespace {

std::vector<std::string> Keys(std::string_view input) {
  std::vector<std::string> out;
  for (const Quantity& q : NumberExtractor().Extract(input)) out.push_back(q.Key());
  return out;
}

TEST(NumberExtractor, NormalisesThousandsSeparatorsAndScaleSuffixes) {
  for (std::string_view text :
       {"1,000 stars", "1k stars", "1K stars", "1000 stars", "1 thousand stars"}) {
    EXPECT_EQ(Keys(text), (std::vector<std::string>{"count:1000"})) << text;
  }
  EXPECT_EQ(Keys("2.5M downloads"), (std::vector<std::string>{"count:2.5e+06"}));
}

struct UnitCase {
  std::string_view text;
  std::string key;
};

TEST(NumberExtractor, ReadsNumberFormsOfLlmProse) {
  // Issue 13: "~13GB" = "about 13 GB", "280sloc" = "280 lines", "9kb".
  EXPECT_EQ(Keys("~13GB"), Keys("about 13 GB"));
  EXPECT_EQ(Keys("around 280sloc"), Keys("about 280 lines"));
  EXPECT_EQ(Keys("280 LOC"), Keys("280 lines"));
  EXPECT_EQ(Keys("9kb"), (std::vector<std::string>{"size:9000"}));
  ASSERT_EQ(NumberExtractor().Extract("~13GB").size(), 1u);
  EXPECT_TRUE(NumberExtractor().Extract("~13GB")[0].is_approximate);
}

TEST(NumberExtractor, ReadsUnits) {
  const std::vector<UnitCase> cases{
      {"40%", "percent:40"},
      {"40 percent", "percent:40"},
      {"3x faster", "multiplier:3"},
      {"3\u00D7 faster", "multiplier:3"},
      {"twice as fast", "multiplier:2"},
      {"5 ms", "duration:5"},
      {"2s", "duration:2000"},
      {"300µs", "duration:0.3"},
      {"4 KB", "size:4000"},
      {"1.5 GB/s", "rate:1.5GB/s"},
      {"$5M", "currency:5e+06$"},
      {"#1", "rank:1"},
      {"zero dependencies", "count:0"},
      {"v1.2.3", "version:1.2.3"},
      {"0.54.3", "version:0.54.3"},
      {"in 2021", "year:2021"},
      {"since 2013-10-05", "year:2013"},
      {"10 times", "multiplier:10"},
  };
  for (const UnitCase& c : cases) {
    EXPECT_EQ(Keys(c.text), (std::vector<std::string>{c.key})) << c.text;
  }
}

TEST(NumberExtractor, MarksBoundsAndApproximations) {
  const auto q = NumberExtractor().Extract("over 10k+ users, about 5 ms, up to 3x");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_TRUE(q[0].is_lower_bound);
  EXPECT_TRUE(q[1].is_approximate);
  EXPECT_TRUE(q[2].is_approximate);
  EXPECT_EQ(q[0].surface, "10k+");
}

TEST(NumberExtractor, IgnoresHashesIdentifiersAndModelNames) {
  EXPECT_TRUE(Keys("commit 956562daaa82 on x86 with GPT-4 and sha256").empty());
  EXPECT_TRUE(Keys("nothing here, one of a kind").empty());
}

TEST(NumberExtractor, SurvivesHugeAndMalformedNumbers) {
  const std::string huge(500, '9');
  ASSERT_EQ(NumberExtractor().Extract(huge).size(), 1u);
  EXPECT_NO_THROW(NumberExtractor().Extract("1,2,3,,4.5.6.7.8.9.0 $ # v . 1."));
}

}  // namespace
}  // namespace repopost::text
