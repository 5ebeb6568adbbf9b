#include "safety/verification.h"

#include <gtest/gtest.h>

#include "sample_repo.h"

namespace repopost::safety {
namespace {

const std::vector<SourceText> kSources{
    {"notes.md", "The meeting moved to Tuesday. Ann will bring 12 chairs and the projector."},
    {"mail.txt", "Bob cannot attend the meeting."}};

TEST(VerifyText, ConsistentTextPasses) {
  auto report = VerifyText(kSources, "Ann will bring 12 chairs. The meeting moved to Tuesday.");
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->consistency, Consistency::kConsistent);
}

TEST(VerifyText, InconsistentTextIsCaught) {
  for (std::string_view text : {"Ann will bring 15 chairs.", "Bob can attend the meeting.",
                                "The meeting moved to Tuesday, said Carol."}) {
    auto report = VerifyText(kSources, text);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->consistency, Consistency::kInconsistent) << text;
  }
}

TEST(VerifyText, RejectsBadInputWithOneSentence) {
  EXPECT_EQ(VerifyText({}, "text").error().code, core::ErrorCode::kUsage);
  EXPECT_EQ(VerifyText(kSources, "  \n").error().code, core::ErrorCode::kInput);
  const auto binary = VerifyText({{"a.bin", std::string("\x7f"
                                                        "ELF\0\0\x01",
                                                        7)}},
                                 "text");
  ASSERT_FALSE(binary);
  EXPECT_EQ(binary.error().code, core::ErrorCode::kInput);
  EXPECT_NE(binary.error().message.find("a.bin"), std::string::npos);
  EXPECT_EQ(VerifyText({{"empty.txt", "   "}}, "text").error().code, core::ErrorCode::kInput);
}

TEST(CheckPost, ReportsOnAPostAndRejectsAnEmptyOne) {
  auto report = CheckPost(testing::SampleRepo(), "It works with Vim, Neovim and tmux.");
  ASSERT_TRUE(report);
  EXPECT_TRUE(report->is_safe);
  EXPECT_EQ(CheckPost(testing::SampleRepo(), "").error().code, core::ErrorCode::kInput);
}

TEST(Consistency, RoundTripsThroughStrings) {
  EXPECT_EQ(ParseConsistency("consistent"), Consistency::kConsistent);
  EXPECT_EQ(ToString(Consistency::kInconsistent), "inconsistent");
}

}  // namespace
}  // namespace repopost::safety
