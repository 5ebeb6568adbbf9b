// Conformance: sources, generations, versions, safety reports, feedback, attempts, audit, keys,
// daily stats and migrations behave the same on every backend.
#include "store_conformance.h"

namespace repopost::store::testing {
namespace {

using core::ErrorCode;
using std::chrono::hours;
using std::chrono::milliseconds;

INSTANTIATE_TEST_SUITE_P(Backends, StoreConformance,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         [](const auto& info) { return BackendName(info.param); });

TEST_P(StoreConformance, GenerationRoundTripsEveryField) {
  auto source = store_->sources().UpsertSource(
      {"", "github.com/acme/rocket", "acme/rocket", "4f2a9c1", clock_.Now()});
  ASSERT_TRUE(source) << source.error().message;
  Generation g{"",     source->id,  "learning", "minimal", "story", "llm",
               "groq", "writer/v2", 1834,       true,      {}};
  g.details = R"({"facts":[{"id":"f1","value":"ünïcode ✓"}],"notes":["kept"]})";
  PostVersion v;
  v.text = "Shipped ünïcode ✓ support.\n\nLine two with 'quotes' and \"doubles\"; DROP TABLE x;";
  v.hashtags = {"#OpenSource", "#Cpp"};
  v.caption = "A 30 s demo";
  v.quality_score = 71.5;
  v.safety_confidence = 0.875;
  v.safety = SafetyReportRecord{"inconsistent",
                                0.875,
                                1,
                                1,
                                {{"It is fast", "unsupported", {}},
                                 {"Written in C++", "supported", {"README.md#L3-L4", "c1"}}}};
  auto created = store_->generations().CreateGeneration(g, v);
  ASSERT_TRUE(created) << created.error().message;
  EXPECT_EQ(created->generation.id.substr(0, 2), "g_");
  EXPECT_EQ(created->first_version.seq, 1);
  EXPECT_EQ(created->generation.created_at, clock_.Now());

  auto loaded = store_->generations().GetGeneration(created->generation.id);
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_EQ(loaded->source_id, source->id);
  EXPECT_EQ(loaded->style, "learning");
  EXPECT_EQ(loaded->tone, "minimal");
  EXPECT_EQ(loaded->hook, "story");
  EXPECT_EQ(loaded->writer_tier, "llm");
  EXPECT_EQ(loaded->provider, "groq");
  EXPECT_EQ(loaded->prompt_version, "writer/v2");
  EXPECT_EQ(loaded->duration_ms, 1834);
  EXPECT_TRUE(loaded->fell_back);
  EXPECT_EQ(loaded->created_at, clock_.Now());
  EXPECT_EQ(loaded->details, g.details);
  auto history = store_->generations().ListHistory({.limit = 1});
  ASSERT_TRUE(history) << history.error().message;
  ASSERT_EQ(history->size(), 1u);
  EXPECT_TRUE(history->front().generation.details.empty()) << "listings leave details out";

  auto version = store_->generations().GetVersion(created->first_version.id);
  ASSERT_TRUE(version) << version.error().message;
  EXPECT_EQ(version->text, v.text);
  EXPECT_EQ(version->hashtags, v.hashtags);
  EXPECT_EQ(version->caption, v.caption);
  EXPECT_EQ(version->reason, VersionReason::kGenerate);
  EXPECT_DOUBLE_EQ(*version->quality_score, 71.5);
  EXPECT_DOUBLE_EQ(*version->safety_confidence, 0.875);
  ASSERT_TRUE(version->safety.has_value());
  EXPECT_EQ(version->safety->verdict, "inconsistent");
  EXPECT_EQ(version->safety->policy_hits, 1);
  EXPECT_EQ(version->safety->unsupported_claims, 1);
  ASSERT_EQ(version->safety->claims.size(), 2u);
  EXPECT_EQ(version->safety->claims[0].verdict, "unsupported");
  EXPECT_TRUE(version->safety->claims[0].evidence_ids.empty());
  EXPECT_EQ(version->safety->claims[1].evidence_ids,
            (std::vector<std::string>{"README.md#L3-L4", "c1"}));
}

TEST_P(StoreConformance, VersionsFormAParentChainNumberedInOrder) {
  CreatedGeneration created = MakeGeneration();
  std::string parent = created.first_version.id;
  for (VersionReason reason :
       {VersionReason::kRefine, VersionReason::kManualEdit, VersionReason::kRewrite}) {
    clock_.Advance(milliseconds(10));
    PostVersion next;
    next.generation_id = created.generation.id;
    next.parent_id = parent;
    next.text = "Version by " + std::string(ToString(reason));
    next.reason = reason;
    auto added = store_->generations().AddVersion(next);
    ASSERT_TRUE(added) << added.error().message;
    parent = added->id;
  }
  auto versions = store_->generations().ListVersions(created.generation.id);
  ASSERT_TRUE(versions) << versions.error().message;
  ASSERT_EQ(versions->size(), 4u);
  for (std::size_t i = 0; i < versions->size(); ++i) {
    EXPECT_EQ((*versions)[i].seq, static_cast<int>(i + 1));
    if (i > 0) EXPECT_EQ((*versions)[i].parent_id, (*versions)[i - 1].id);
  }
  EXPECT_EQ((*versions)[0].parent_id, "");
  EXPECT_EQ((*versions)[3].reason, VersionReason::kRewrite);
  EXPECT_FALSE((*versions)[3].safety.has_value());
}

TEST_P(StoreConformance, AddVersionRejectsForeignParentAndUnknownGeneration) {
  CreatedGeneration a = MakeGeneration("a"), b = MakeGeneration("b");
  PostVersion foreign;
  foreign.generation_id = a.generation.id;
  foreign.parent_id = b.first_version.id;
  foreign.text = "x";
  auto rejected = store_->generations().AddVersion(foreign);
  ASSERT_FALSE(rejected);
  EXPECT_EQ(rejected.error().code, ErrorCode::kInput);

  PostVersion orphan;
  orphan.generation_id = "g_doesnotexist";
  orphan.text = "x";
  auto missing = store_->generations().AddVersion(orphan);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST_P(StoreConformance, UnknownIdsAreNotFoundWithTheIdInTheMessage) {
  auto generation = store_->generations().GetGeneration("g_nope");
  ASSERT_FALSE(generation);
  EXPECT_EQ(generation.error().code, ErrorCode::kNotFound);
  EXPECT_NE(generation.error().message.find("g_nope"), std::string::npos);
  EXPECT_EQ(store_->generations().GetVersion("v_nope").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(store_->generations().ListVersions("g_nope").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(store_->sources().GetSource("s_nope").error().code, ErrorCode::kNotFound);
}

TEST_P(StoreConformance, FailedMultiRowWriteLeavesNothingBehind) {
  CreatedGeneration created = MakeGeneration();
  PostVersion bad;
  bad.generation_id = created.generation.id;
  bad.parent_id = created.first_version.id;
  bad.text = "refined";
  // The version row and the report go in before the bad claim is rejected: all must roll back.
  bad.safety = SafetyReportRecord{
      "consistent", 0.9, 0, 0, {{"ok", "supported", {"a"}}, {"bad", "supported", {"x\ny"}}}};
  auto added = store_->generations().AddVersion(bad);
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().code, ErrorCode::kInput);
  auto versions = store_->generations().ListVersions(created.generation.id);
  ASSERT_TRUE(versions);
  EXPECT_EQ(versions->size(), 1u);
  // The store stays usable after the rollback.
  bad.safety.reset();
  EXPECT_TRUE(store_->generations().AddVersion(bad));
}

TEST_P(StoreConformance, HistoryListsNewestFirstWithPagingAndSourceFilter) {
  auto source = store_->sources().UpsertSource({"", "/repos/a", "a", "", clock_.Now()});
  ASSERT_TRUE(source);
  std::vector<std::string> ids;
  for (int i = 0; i < 5; ++i) {
    clock_.Advance(milliseconds(1000));
    Generation g{"",          i % 2 == 0 ? source->id : "",
                 "growth",    "balanced",
                 "curiosity", "template",
                 "template",  "writer/v1",
                 10,          false,
                 {}};
    PostVersion v;
    v.text = "post " + std::to_string(i);
    auto created = store_->generations().CreateGeneration(g, v);
    ASSERT_TRUE(created);
    ids.push_back(created->generation.id);
  }
  PostVersion refined;
  refined.generation_id = ids[4];
  refined.parent_id = "";
  refined.text = "post 4, refined";
  refined.reason = VersionReason::kRefine;
  ASSERT_TRUE(store_->generations().AddVersion(refined));

  auto page1 = store_->generations().ListHistory({2, "", ""});
  ASSERT_TRUE(page1) << page1.error().message;
  ASSERT_EQ(page1->size(), 2u);
  EXPECT_EQ((*page1)[0].generation.id, ids[4]);
  EXPECT_EQ((*page1)[0].latest.text, "post 4, refined");
  EXPECT_EQ((*page1)[0].version_count, 2);
  EXPECT_EQ((*page1)[1].generation.id, ids[3]);
  auto page2 = store_->generations().ListHistory({2, "", (*page1)[1].generation.id});
  ASSERT_TRUE(page2);
  ASSERT_EQ(page2->size(), 2u);
  EXPECT_EQ((*page2)[0].generation.id, ids[2]);
  auto filtered = store_->generations().ListHistory({10, source->id, ""});
  ASSERT_TRUE(filtered);
  EXPECT_EQ(filtered->size(), 3u);
  EXPECT_EQ(store_->generations().ListHistory({0, "", ""}).error().code, ErrorCode::kUsage);
}

TEST_P(StoreConformance, SourceTextIsKeptWithItsSource) {
  Source pasted{"", "text:123", "README.md", "", clock_.Now()};
  pasted.text = "# tool\n\nFormats ünïcode JSON; it's 'quoted'.\n";
  auto stored = store_->sources().UpsertSource(pasted);
  ASSERT_TRUE(stored) << stored.error().message;
  auto loaded = store_->sources().GetSource(stored->id);
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_EQ(loaded->text, pasted.text);
  // Upserting the same locator without text keeps the text; a repository has none.
  pasted.text.clear();
  ASSERT_TRUE(store_->sources().UpsertSource(pasted));
  EXPECT_EQ(store_->sources().GetSource(stored->id)->text, loaded->text);
  auto repo = store_->sources().UpsertSource({"", "/src/repo", "repo", "abc", clock_.Now()});
  ASSERT_TRUE(repo);
  EXPECT_TRUE(store_->sources().GetSource(repo->id)->text.empty());
}

TEST_P(StoreConformance, SourceUpsertKeepsIdAndUpdatesCommit) {
  auto first = store_->sources().UpsertSource({"", "/repos/x", "x", "aaa", clock_.Now()});
  ASSERT_TRUE(first) << first.error().message;
  clock_.Advance(hours(1));
  auto second = store_->sources().UpsertSource({"", "/repos/x", "x2", "bbb", clock_.Now()});
  ASSERT_TRUE(second);
  EXPECT_EQ(second->id, first->id);
  EXPECT_EQ(second->last_commit, "bbb");
  auto found = store_->sources().FindSourceByLocator("/repos/x");
  ASSERT_TRUE(found && *found);
  EXPECT_EQ((*found)->name, "x2");
  EXPECT_EQ((*found)->fetched_at, clock_.Now());
  auto none = store_->sources().FindSourceByLocator("/repos/none");
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->has_value());
}

TEST_P(StoreConformance, FeedbackIsValidatedAndListedOldestFirst) {
  CreatedGeneration created = MakeGeneration();
  Feedback good{"", created.first_version.id, "", FeedbackType::kTooGeneric, 2, "vague", {}};
  auto stored = store_->feedback().AddFeedback(good);
  ASSERT_TRUE(stored) << stored.error().message;
  EXPECT_EQ(stored->generation_id, created.generation.id);
  clock_.Advance(milliseconds(5));
  Feedback unrated{
      "", created.first_version.id, "", FeedbackType::kWantOtherHooks, std::nullopt, "", {}};
  ASSERT_TRUE(store_->feedback().AddFeedback(unrated));

  Feedback bad_rating = good;
  bad_rating.rating = 6;
  EXPECT_EQ(store_->feedback().AddFeedback(bad_rating).error().code, ErrorCode::kInput);
  Feedback bad_version = good;
  bad_version.version_id = "v_nope";
  EXPECT_EQ(store_->feedback().AddFeedback(bad_version).error().code, ErrorCode::kNotFound);

  auto listed = store_->feedback().ListFeedback(created.generation.id);
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].type, FeedbackType::kTooGeneric);
  EXPECT_EQ((*listed)[0].rating, 2);
  EXPECT_EQ((*listed)[0].comment, "vague");
  EXPECT_EQ((*listed)[1].type, FeedbackType::kWantOtherHooks);
  EXPECT_FALSE((*listed)[1].rating.has_value());
}

TEST_P(StoreConformance, AttemptsRoundTripWithOptionalFields) {
  CreatedGeneration created = MakeGeneration();
  LlmAttempt failed{"",
                    created.generation.id,
                    "groq",
                    "llama-3.1-8b",
                    AttemptStatus::kError,
                    "rate-limited",
                    312,
                    std::nullopt,
                    900,
                    0,
                    "",
                    "",
                    {}};
  LlmAttempt ok{
      "", created.generation.id, "ollama", "qwen2.5", AttemptStatus::kOk, "", 2400, 180, 900, 250,
      "", "groq rate-limited",   {}};
  ASSERT_TRUE(store_->attempts().RecordAttempt(failed));
  clock_.Advance(milliseconds(1));
  ASSERT_TRUE(store_->attempts().RecordAttempt(ok));
  LlmAttempt detached = ok;
  detached.generation_id = "";
  ASSERT_TRUE(store_->attempts().RecordAttempt(detached));
  LlmAttempt dangling = ok;
  dangling.generation_id = "g_nope";
  EXPECT_EQ(store_->attempts().RecordAttempt(dangling).error().code, ErrorCode::kNotFound);

  auto listed = store_->attempts().ListAttempts(created.generation.id);
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].status, AttemptStatus::kError);
  EXPECT_EQ((*listed)[0].error_type, "rate-limited");
  EXPECT_FALSE((*listed)[0].ttft_ms.has_value());
  EXPECT_EQ((*listed)[1].ttft_ms, 180);
  EXPECT_EQ((*listed)[1].completion_tokens, 250);
  EXPECT_EQ((*listed)[1].fallback_reason, "groq rate-limited");
}

TEST_P(StoreConformance, AuditIsNewestFirstAndFilters) {
  for (int i = 0; i < 3; ++i) {
    clock_.Advance(milliseconds(1));
    AuditEvent event{
        "", i == 1 ? "k_ci" : "cli", "generate", "g_" + std::to_string(i), "127.0.0.1:4000", {}};
    ASSERT_TRUE(store_->audit().AppendAudit(event));
  }
  auto all = store_->audit().ListAudit({});
  ASSERT_TRUE(all);
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].target, "g_2");
  EXPECT_EQ((*all)[0].origin, "127.0.0.1:4000");
  auto by_actor = store_->audit().ListAudit({10, "k_ci", ""});
  ASSERT_TRUE(by_actor);
  ASSERT_EQ(by_actor->size(), 1u);
  EXPECT_EQ((*by_actor)[0].target, "g_1");
}

TEST_P(StoreConformance, ApiKeysAreFoundByHashRevokedAndUnique) {
  ApiKey key{"", "ci", "9f86d081884c7d65", {"posts:write", "batches:write"}, {}, std::nullopt};
  auto created = store_->api_keys().CreateApiKey(key);
  ASSERT_TRUE(created) << created.error().message;
  EXPECT_EQ(store_->api_keys().CreateApiKey(key).error().code, ErrorCode::kConflict);
  auto found = store_->api_keys().FindApiKeyByHash("9f86d081884c7d65");
  ASSERT_TRUE(found && *found);
  EXPECT_EQ((*found)->scopes, key.scopes);
  EXPECT_FALSE((*found)->revoked_at.has_value());
  clock_.Advance(hours(2));
  ASSERT_TRUE(store_->api_keys().RevokeApiKey(created->id));
  auto revoked = store_->api_keys().FindApiKeyByHash("9f86d081884c7d65");
  ASSERT_TRUE(revoked && *revoked);
  EXPECT_EQ((*revoked)->revoked_at, clock_.Now());
  EXPECT_EQ(store_->api_keys().RevokeApiKey("k_nope").error().code, ErrorCode::kNotFound);
  auto none = store_->api_keys().FindApiKeyByHash("other");
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->has_value());
  EXPECT_EQ(store_->api_keys().ListApiKeys()->size(), 1u);
}

TEST_P(StoreConformance, DailyTotalsGroupByUtcDayWithRates) {
  auto day1 = clock_.Now();
  auto made = [&](std::int64_t ms, bool fell_back, bool unsupported, double confidence) {
    Generation g{"",     "",          "growth", "balanced", "curiosity", "llm",
                 "groq", "writer/v1", ms,       fell_back,  {}};
    PostVersion v;
    v.text = "t";
    v.safety = SafetyReportRecord{unsupported ? "inconsistent" : "consistent",
                                  confidence,
                                  unsupported ? 1 : 0,
                                  unsupported ? 1 : 0,
                                  {}};
    auto created = store_->generations().CreateGeneration(g, v);
    EXPECT_TRUE(created);
    return *created;
  };
  CreatedGeneration a = made(1000, false, false, 0.9);
  made(3000, true, true, 0.5);
  ASSERT_TRUE(store_->feedback().AddFeedback(
      {"", a.first_version.id, "", FeedbackType::kEngaging, 5, "", {}}));
  ASSERT_TRUE(store_->feedback().AddFeedback(
      {"", a.first_version.id, "", FeedbackType::kTooTechnical, 2, "", {}}));
  ASSERT_TRUE(store_->attempts().RecordAttempt({"",
                                                a.generation.id,
                                                "groq",
                                                "m",
                                                AttemptStatus::kError,
                                                "timeout",
                                                1,
                                                {},
                                                0,
                                                0,
                                                "",
                                                "",
                                                {}}));
  ASSERT_TRUE(store_->attempts().RecordAttempt(
      {"", a.generation.id, "groq", "m", AttemptStatus::kOk, "", 1, {}, 0, 0, "", "", {}}));
  clock_.Advance(hours(24));
  made(500, false, false, 1.0);

  auto days = store_->stats().DailyTotals(day1 - hours(1), clock_.Now() + hours(1));
  ASSERT_TRUE(days) << days.error().message;
  ASSERT_EQ(days->size(), 2u);
  const DailyStats& first = (*days)[0];
  EXPECT_EQ(first.day, "2026-03-01");
  EXPECT_EQ(first.generations, 2);
  EXPECT_DOUBLE_EQ(first.mean_generation_ms, 2000.0);
  EXPECT_DOUBLE_EQ(first.FallbackRate(), 0.5);
  EXPECT_DOUBLE_EQ(first.UnsupportedClaimShare(), 0.5);
  EXPECT_EQ(first.policy_hits, 1);
  EXPECT_NEAR(first.mean_safety_confidence, 0.7, 1e-9);
  EXPECT_EQ(first.feedback[static_cast<int>(FeedbackType::kEngaging)], 1);
  EXPECT_EQ(first.feedback[static_cast<int>(FeedbackType::kTooTechnical)], 1);
  EXPECT_DOUBLE_EQ(first.mean_rating, 3.5);
  EXPECT_DOUBLE_EQ(first.ErrorRate(), 0.5);
  EXPECT_EQ((*days)[1].day, "2026-03-02");
  EXPECT_EQ((*days)[1].generations, 1);
  EXPECT_EQ((*days)[1].attempts, 0);
}

TEST_P(StoreConformance, RecentGenerationsAreTheNewestOldestFirstWithFirstVersionScores) {
  for (int i = 0; i < 5; ++i) {
    Generation g{"",         "",          "growth",
                 "balanced", "curiosity", i == 3 ? "llm" : "template",
                 "template", "writer/v1", 100 * (i + 1),
                 i == 3,     {}};
    PostVersion v;
    v.text = "post " + std::to_string(i);
    v.quality_score = 60.0 + i;
    if (i != 2) {
      v.safety = SafetyReportRecord{"consistent", 0.5 + 0.1 * i, i, i == 4 ? 2 : 0, {}};
    }
    auto created = store_->generations().CreateGeneration(g, v);
    ASSERT_TRUE(created) << created.error().message;
    PostVersion refined;
    refined.generation_id = created->generation.id;
    refined.text = "refined";
    refined.quality_score = 10.0;  // a later version never replaces the first in the series
    ASSERT_TRUE(store_->generations().AddVersion(refined));
    clock_.Advance(std::chrono::minutes(1));
  }
  auto points = store_->stats().RecentGenerations(3);
  ASSERT_TRUE(points) << points.error().message;
  ASSERT_EQ(points->size(), 3u);
  EXPECT_EQ((*points)[0].duration_ms, 300);
  EXPECT_EQ((*points)[2].duration_ms, 500);
  EXPECT_LT((*points)[0].created_at, (*points)[2].created_at);
  EXPECT_DOUBLE_EQ(*(*points)[0].quality_score, 62.0);
  EXPECT_FALSE((*points)[0].safety_confidence.has_value()) << "no safety report on item 2";
  EXPECT_EQ((*points)[1].writer_tier, "llm");
  EXPECT_TRUE((*points)[1].fell_back);
  EXPECT_NEAR(*(*points)[2].safety_confidence, 0.9, 1e-9);
  EXPECT_EQ((*points)[2].unsupported_claims, 2);
  EXPECT_EQ((*points)[2].policy_hits, 4);
  EXPECT_EQ(store_->stats().RecentGenerations(0).error().code, core::ErrorCode::kUsage);
}

TEST_P(StoreConformance, ReopeningKeepsDataAndSchemaVersion) {
  CreatedGeneration created = MakeGeneration("kept");
  int version = store_->schema_version();
  EXPECT_GE(version, 1);
  store_.reset();
  auto reopened = OpenStore(url_, clock_);
  ASSERT_TRUE(reopened) << reopened.error().message;
  EXPECT_EQ((*reopened)->schema_version(), version);
  auto v = (*reopened)->generations().GetVersion(created.first_version.id);
  ASSERT_TRUE(v);
  EXPECT_EQ(v->text, "kept");
}

}  // namespace
}  // namespace repopost::store::testing
