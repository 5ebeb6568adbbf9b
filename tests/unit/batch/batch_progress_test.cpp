#include "app/batch_progress.h"

#include <gtest/gtest.h>

#include "app/batch_output.h"

namespace repopost::app {
namespace {

store::BatchJob Job(int queued, int running, int done, int dead) {
  store::BatchJob job;
  job.id = "b_test";
  job.queued = queued;
  job.running = running;
  job.done = done;
  job.dead = dead;
  return job;
}

TEST(BatchProgress, RateCountsOnlyItemsFinishedByThisRun) {
  // Resumed with 100 already done; 20 more in 4 s.
  const BatchProgress p = BatchProgress::FromJob(Job(76, 4, 118, 2), 100, std::chrono::seconds(4));
  EXPECT_EQ(p.total, 200);
  EXPECT_DOUBLE_EQ(p.ItemsPerSecond(), 5.0);
  EXPECT_DOUBLE_EQ(p.EtaSeconds(), 16.0);
  EXPECT_FALSE(p.IsFinished());
}

TEST(BatchProgress, EtaIsUnknownBeforeTheFirstItem) {
  const BatchProgress p = BatchProgress::FromJob(Job(10, 2, 0, 0), 0, std::chrono::seconds(1));
  EXPECT_LT(p.EtaSeconds(), 0);
  EXPECT_NE(FormatProgressLine(p).find("ETA --"), std::string::npos);
}

TEST(FormatProgressBar, FillsCellsInProportion) {
  const BatchProgress p = BatchProgress::FromJob(Job(5, 0, 4, 1), 0, std::chrono::seconds(2));
  EXPECT_EQ(FormatProgressBar(p, 10), "[#####.....] 4/10 done, 1 failed, 2.5 items/s, ETA 2s");
  EXPECT_EQ(FormatProgressLine(p),
            "batch b_test: 4/10 done, 1 failed, 0 running, 2.5 items/s, ETA 2s");
}

TEST(FormatProgressBar, SaysFinishedAtTheEnd) {
  const BatchProgress p = BatchProgress::FromJob(Job(0, 0, 9, 1), 0, std::chrono::seconds(2));
  EXPECT_EQ(FormatProgressBar(p, 4), "[####] 9/10 done, 1 failed, 5.0 items/s, finished");
}

TEST(BatchOutputFormat, ParsesItsNames) {
  EXPECT_EQ(ParseBatchOutputFormat("csv"), BatchOutputFormat::kCsv);
  EXPECT_EQ(ParseBatchOutputFormat("jsonl"), BatchOutputFormat::kJsonl);
  EXPECT_FALSE(ParseBatchOutputFormat("xml"));
  EXPECT_EQ(BatchOutputFormatChoices(), "csv|jsonl");
}

TEST(RenderBatchOutput, WritesOneRecordPerItemWithTheFailureReason) {
  BatchRow failed;
  failed.item.ordinal = 0;
  failed.item.state = store::BatchItemState::kDead;
  failed.item.last_error = "cannot read '/nope'";
  failed.source = "/nope";
  BatchRow done;
  done.item.ordinal = 1;
  done.item.state = store::BatchItemState::kDone;
  done.item.result = "g_1";
  done.source = "/tool";
  done.post = exports::ExportInput{.id = "v_1",
                                   .text = "Hook line\n\nBody, with comma.",
                                   .hashtags = {"#A", "#B"},
                                   .style = "growth"};
  const std::string csv = RenderBatchOutput({failed, done}, BatchOutputFormat::kCsv);
  EXPECT_NE(csv.find("1,/nope,failed,cannot read '/nope',,,,,,,,,,,,\r\n"), std::string::npos)
      << csv;
  EXPECT_NE(csv.find("2,/tool,done,,g_1,v_1,,growth,,,Hook line,\"Hook line\n\nBody, with comma.\","
                     "#A #B,,,\r\n"),
            std::string::npos)
      << csv;
  const std::string jsonl = RenderBatchOutput({failed, done}, BatchOutputFormat::kJsonl);
  EXPECT_EQ(jsonl.substr(0, jsonl.find('\n')),
            R"({"error":"cannot read '/nope'","item":1,"source":"/nope","status":"failed"})");
  EXPECT_NE(jsonl.find(R"("generation_id":"g_1")"), std::string::npos);
  EXPECT_EQ(std::count(jsonl.begin(), jsonl.end(), '\n'), 2);
}

}  // namespace
}  // namespace repopost::app
