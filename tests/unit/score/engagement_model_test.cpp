#include "score/engagement_model.h"

#include <gtest/gtest.h>

#include "score/engagement_trainer.h"

namespace repopost::score {
namespace {

TEST(EngagementModel, EmbeddedModelLoadsAndRecordsHeldOutMetrics) {
  auto model = EngagementModel::Embedded();
  ASSERT_TRUE(model.has_value()) << model.error().message;
  EXPECT_EQ(model->features.size(), EngagementFeatures::Names().size());
  EXPECT_GT(model->metrics.test_rows, 100u);
  EXPECT_GT(model->metrics.spearman, 0.0);  // better than chance on the held-out split
  EXPECT_GT(model->metrics.pairwise_accuracy, 0.5);
  EXPECT_LT(model->low_below, model->high_above);
  EXPECT_TRUE(model->centered_by_author);
  EXPECT_GT(model->metrics.within_author_pairs, 0u);
}

TEST(EngagementModel, ClampsFeaturesToTheTrainingRange) {
  auto model = EngagementModel::Embedded();
  ASSERT_TRUE(model.has_value());
  std::vector<double> x = EngagementFeatures::Of("x", MediaKind::kText);
  std::vector<double> far = x;
  for (std::size_t i = 0; i < far.size(); ++i) far[i] = model->clip_high[i] + 1000.0;
  std::vector<double> edge = model->clip_high;
  EXPECT_DOUBLE_EQ(model->Predict(far), model->Predict(edge));
}

TEST(EngagementModel, EstimateIsABandWithConfidenceNeverACount) {
  auto model = EngagementModel::Embedded();
  ASSERT_TRUE(model.has_value());
  EngagementEstimate e = model->Estimate("Short post.\n\n#Tag");
  EXPECT_GE(e.score, 0);
  EXPECT_LE(e.score, 100);
  EXPECT_GT(e.confidence, 0);
  EXPECT_LE(e.confidence, 1);
  EXPECT_NE(e.explanation.find("not a reaction count"), std::string::npos);
}

TEST(EngagementModel, RanksByPredictionAndHooksByTheirPost) {
  auto model = EngagementModel::Embedded();
  ASSERT_TRUE(model.has_value());
  std::vector<std::string> texts = {"a", "A much longer post.\n\nWith paragraphs \xF0\x9F\x9A\x80",
                                    "a"};
  auto ranked = model->Rank(texts);
  ASSERT_EQ(ranked.size(), 3u);
  for (std::size_t i = 1; i < ranked.size(); ++i) EXPECT_GE(ranked[i - 1].raw, ranked[i].raw);
  // Equal texts keep input order.
  std::vector<std::size_t> equal;
  for (const auto& r : ranked) {
    if (r.index != 1) equal.push_back(r.index);
  }
  EXPECT_EQ(equal, (std::vector<std::size_t>{0, 2}));
  auto hooks = model->RankHooks({"Why?", "Why does leveldb fit 1 billion keys in 4 GB?"}, "Body.");
  EXPECT_EQ(hooks.size(), 2u);
}

TEST(EngagementModel, RejectsFilesWithWrongFieldsNamingTheField) {
  auto model = EngagementModel::Embedded();
  ASSERT_TRUE(model.has_value());
  std::string json = model->ToJson();
  auto again = EngagementModel::FromJson(json);
  ASSERT_TRUE(again.has_value()) << again.error().message;
  EXPECT_EQ(again->weights, model->weights);

  auto bad = EngagementModel::FromJson(R"({"name": "x", "intercept": "zero"})");
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("intercept"), std::string::npos);
  EXPECT_FALSE(EngagementModel::FromJson("not json").has_value());
}

TEST(EngagementTrainer, IsDeterministicAndLearnsAPlantedSignal) {
  // Posts with more emoji get more reactions; the model must find it and be reproducible.
  std::vector<TrainingPost> posts;
  for (int i = 0; i < 200; ++i) {
    TrainingPost p;
    int emoji = i % 5;
    p.text = "Post number " + std::to_string(i) + " about things.";
    for (int e = 0; e < emoji; ++e) p.text += " \xF0\x9F\x9A\x80";
    p.followers = 1000;
    p.reactions = 10.0 * (1 + emoji) + (i % 3);
    p.author = std::to_string(i % 7);  // coprime with the emoji cycle: signal within authors
    posts.push_back(p);
  }
  auto a = TrainEngagementModel(posts, {});
  auto b = TrainEngagementModel(posts, {});
  ASSERT_TRUE(a.has_value()) << a.error().message;
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(a->model.ToJson(), b->model.ToJson());
  EXPECT_GT(a->model.metrics.spearman, 0.8);
}

TEST(EngagementTrainer, RejectsTooFewPostsAndMissingFollowers) {
  EXPECT_FALSE(TrainEngagementModel({TrainingPost{}}, {}).has_value());
  std::vector<TrainingPost> posts(60, TrainingPost{"text", MediaKind::kText, 0, 1, 1, "a"});
  auto r = TrainEngagementModel(posts, {});
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("follower"), std::string::npos);
}

}  // namespace
}  // namespace repopost::score
