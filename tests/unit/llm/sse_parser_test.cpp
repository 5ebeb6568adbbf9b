#include "llm/sse_parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace repopost::llm {
namespace {

std::vector<std::string> FeedAll(const std::vector<std::string>& chunks) {
  SseParser parser;
  std::vector<std::string> events;
  auto sink = [&](std::string_view data) { events.emplace_back(data); };
  for (const std::string& chunk : chunks) parser.Feed(chunk, sink);
  parser.Finish(sink);
  return events;
}

TEST(SseParser, DeliversEventsSplitAcrossChunks) {
  auto events = FeedAll({"data: {\"a\"", ":1}\n", "\ndata: [DONE]\n\n"});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0], "{\"a\":1}");
  EXPECT_EQ(events[1], "[DONE]");
}

TEST(SseParser, HandlesCrLfSplitBetweenChunks) {
  auto events = FeedAll({"data: x\r", "\n\r\n", "data: y\r\n\r\n"});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0], "x");
  EXPECT_EQ(events[1], "y");
}

TEST(SseParser, JoinsMultipleDataLinesAndIgnoresOtherFields) {
  auto events = FeedAll({": keep-alive\n", "event: message\nid: 7\ndata: one\ndata:two\n\n"});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "one\ntwo");
}

TEST(SseParser, FinishDeliversAnUnterminatedEvent) {
  auto events = FeedAll({"data: last"});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0], "last");
}

TEST(SseParser, IgnoresBlankLinesWithoutData) {
  EXPECT_TRUE(FeedAll({"\n\n\n", "retry: 100\n\n"}).empty());
}

}  // namespace
}  // namespace repopost::llm
