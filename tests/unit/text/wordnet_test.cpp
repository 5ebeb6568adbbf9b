#include "text/wordnet.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace repopost::text {
namespace {

bool Has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

class WordNetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    wn_ = WordNet::Shared();
    if (wn_ == nullptr) GTEST_SKIP() << "WordNet data absent (install wordnet-base)";
  }
  const WordNet* wn_ = nullptr;
};

TEST_F(WordNetTest, FindsSynonymsHypernymsAndDerivations) {
  EXPECT_TRUE(Has(wn_->Related("quick"), "fast"));
  EXPECT_TRUE(Has(wn_->Related("begin"), "start"));
  EXPECT_TRUE(Has(wn_->Related("installation"), "install"));
  EXPECT_TRUE(Has(wn_->Related("speedy"), "fast"));
}

TEST_F(WordNetTest, ReducesInflectionsToBaseForms) {
  EXPECT_TRUE(Has(wn_->BaseForms("installed"), "install"));
  EXPECT_TRUE(Has(wn_->BaseForms("libraries"), "library"));
  EXPECT_TRUE(Has(wn_->BaseForms("ran"), "run"));
  EXPECT_TRUE(wn_->BaseForms("qzxv").empty());
}

TEST(WordNet, MissingDirectoryIsAnInputError) {
  auto wn = WordNet::Open("/nonexistent/wordnet");
  ASSERT_FALSE(wn);
  EXPECT_EQ(wn.error().code, core::ErrorCode::kInput);
}

}  // namespace
}  // namespace repopost::text
