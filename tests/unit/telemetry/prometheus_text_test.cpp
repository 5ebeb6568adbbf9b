#include "telemetry/prometheus_text.h"

#include <gtest/gtest.h>

#include "telemetry/generation_metrics.h"

namespace repopost::telemetry {
namespace {

TEST(PrometheusText, WritesHelpTypeAndEscapedLabels) {
  MetricsRegistry registry;
  auto counter =
      registry.AddCounter("repopost_requests_total", "Requests.\nWith a \\ newline.", {"provider"});
  ASSERT_TRUE(counter);
  (*counter)->WithLabels({"a\"b\\c\nd"}).Increment(2);
  (*counter)->WithLabels({"groq"}).Increment();
  auto gauge = registry.AddGauge("repopost_up", "Up.");
  ASSERT_TRUE(gauge);
  (*gauge)->Default().Set(0.5);
  std::string text = PrometheusText(registry);
  EXPECT_EQ(text,
            "# HELP repopost_requests_total Requests.\\nWith a \\\\ newline.\n"
            "# TYPE repopost_requests_total counter\n"
            "repopost_requests_total{provider=\"a\\\"b\\\\c\\nd\"} 2\n"
            "repopost_requests_total{provider=\"groq\"} 1\n"
            "# HELP repopost_up Up.\n"
            "# TYPE repopost_up gauge\n"
            "repopost_up 0.5\n");
}

TEST(PrometheusText, HistogramHasCumulativeBucketsSumAndCount) {
  MetricsRegistry registry;
  auto histogram = registry.AddHistogram("repopost_seconds", "Time.", {1, 5}, {"writer"});
  ASSERT_TRUE(histogram);
  auto& child = (*histogram)->WithLabels({"llm"});
  for (double v : {0.5, 1.0, 3.0, 7.0}) child.Observe(v);
  EXPECT_EQ(PrometheusText(registry),
            "# HELP repopost_seconds Time.\n"
            "# TYPE repopost_seconds histogram\n"
            "repopost_seconds_bucket{writer=\"llm\",le=\"1\"} 2\n"
            "repopost_seconds_bucket{writer=\"llm\",le=\"5\"} 3\n"
            "repopost_seconds_bucket{writer=\"llm\",le=\"+Inf\"} 4\n"
            "repopost_seconds_sum{writer=\"llm\"} 11.5\n"
            "repopost_seconds_count{writer=\"llm\"} 4\n");
}

TEST(MetricsRegistry, RejectsBadNamesAndDuplicates) {
  MetricsRegistry registry;
  EXPECT_TRUE(registry.AddCounter("ok_total", "x"));
  EXPECT_EQ(registry.AddCounter("ok_total", "x").error().code, core::ErrorCode::kInternal);
  EXPECT_FALSE(registry.AddCounter("9starts_with_digit", "x"));
  EXPECT_FALSE(registry.AddGauge("has-dash", "x"));
  EXPECT_FALSE(registry.AddGauge("fine", "x", {"bad label"}));
  EXPECT_FALSE(registry.AddHistogram("h", "x", {1}, {"le"}));
  EXPECT_FALSE(registry.AddHistogram("h2", "x", {}));
}

TEST(GenerationMetrics, ExposesEveryFamilyAndClearsResolvedAlerts) {
  MetricsRegistry registry;
  auto metrics = GenerationMetrics::Register(registry);
  ASSERT_TRUE(metrics) << metrics.error().message;
  GenerationRecord g;
  g.writer_tier = "llm";
  g.provider = "groq";
  g.duration_seconds = 2.0;
  g.fell_back = true;
  g.unsupported_claims = 1;
  g.policy_hits = 2;
  g.safety_confidence = 0.4;
  (*metrics)->ObserveGeneration(g);
  (*metrics)->ObserveAttempt({"g_1", "groq", "m", "", false, "timeout", 1.5, {}, 10, 0, "", ""});
  (*metrics)->ObserveFeedback("too-generic", 2);
  (*metrics)->ObserveAlerts({{"safety_confidence", AlertLevel::kAlert, 0.4, 0.5, "low"}});
  std::string text = PrometheusText(registry);
  EXPECT_NE(text.find("repopost_generations_total{writer=\"llm\",provider=\"groq\"} 1"),
            std::string::npos);
  EXPECT_NE(text.find("repopost_fallbacks_total 1"), std::string::npos);
  EXPECT_NE(text.find("repopost_policy_hits_total 2"), std::string::npos);
  EXPECT_NE(text.find("repopost_llm_attempts_total{provider=\"groq\",status=\"error\","
                      "error_type=\"timeout\"} 1"),
            std::string::npos);
  EXPECT_NE(text.find("repopost_feedback_total{type=\"too-generic\"} 1"), std::string::npos);
  EXPECT_NE(text.find("repopost_alert_level{metric=\"safety_confidence\"} 2"), std::string::npos);
  (*metrics)->ObserveAlerts({});
  EXPECT_NE(PrometheusText(registry).find("repopost_alert_level{metric=\"safety_confidence\"} 0"),
            std::string::npos);
}

}  // namespace
}  // namespace repopost::telemetry
