#include "safety/safety_report_json.h"

#include <nlohmann/json.hpp>

namespace repopost::safety {
namespace {

nlohmann::json ToJson(const Evidence& e) {
  nlohmann::json j{{"chunk_id", e.chunk_id}, {"fact_id", e.fact_id},
                   {"path", e.path},         {"line_begin", e.line_begin},
                   {"line_end", e.line_end}, {"matched_text", e.matched_text},
                   {"part", e.part}};
  if (!e.qualifier.empty()) j["qualifier"] = e.qualifier;
  return j;
}

nlohmann::json ToJson(const ClaimResult& c) {
  nlohmann::json evidence = nlohmann::json::array();
  for (const Evidence& e : c.evidence) evidence.push_back(ToJson(e));
  nlohmann::json parts = nlohmann::json::array();
  for (const CheckedPart& p : c.parts) {
    parts.push_back({{"kind", p.kind}, {"text", p.text}, {"found", p.found}});
  }
  nlohmann::json j{{"index", c.index},
                   {"begin", c.begin},
                   {"end", c.end},
                   {"text", c.text},
                   {"role", ToString(c.role)},
                   {"verdict", ToString(c.verdict)},
                   {"reason", ToString(c.reason)},
                   {"reason_text", Describe(c.reason)},
                   {"confidence", c.confidence},
                   {"coverage", c.coverage},
                   {"weight", c.weight},
                   {"judged", c.judged},
                   {"rationale", c.rationale},
                   {"unsupported_parts", c.unsupported_parts},
                   {"parts", std::move(parts)},
                   {"evidence", std::move(evidence)}};
  if (c.judge_verdict) {
    j["judge"] = {{"verdict", ToString(*c.judge_verdict)}, {"reason", c.judge_reason}};
  }
  return j;
}

nlohmann::json ToJson(const PolicyHit& h) {
  return {{"rule_id", h.rule_id},
          {"category", ToString(h.category)},
          {"severity", ToString(h.severity)},
          {"begin", h.begin},
          {"end", h.end},
          {"excerpt", h.excerpt},
          {"message", h.message}};
}

}  // namespace

nlohmann::json ToJson(const SafetyReport& report) {
  nlohmann::json claims = nlohmann::json::array();
  for (const ClaimResult& c : report.claims) claims.push_back(ToJson(c));
  nlohmann::json hits = nlohmann::json::array();
  for (const PolicyHit& h : report.policy_hits) hits.push_back(ToJson(h));
  nlohmann::json corrections = nlohmann::json::array();
  for (const Correction& c : report.corrections) {
    corrections.push_back(
        {{"original", c.original}, {"rewritten", c.rewritten}, {"reason", c.reason}});
  }
  return {{"is_safe", report.is_safe},
          {"confidence", report.confidence},
          {"reasons", report.reasons},
          {"counts",
           {{"supported", report.CountVerdict(Verdict::kSupported)},
            {"unsupported", report.CountVerdict(Verdict::kUnsupported)},
            {"contradicted", report.CountVerdict(Verdict::kContradicted)},
            {"not_a_claim", report.CountVerdict(Verdict::kNotAClaim)}}},
          {"claims", std::move(claims)},
          {"policy_hits", std::move(hits)},
          {"corrections", std::move(corrections)}};
}

nlohmann::json ToJson(const VerifyReport& report) {
  nlohmann::json j = ToJson(report.report);
  j["verdict"] = ToString(report.consistency);
  return j;
}

}  // namespace repopost::safety
