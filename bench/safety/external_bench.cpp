// External claim checker benchmark: `repopost verify` (safety::VerifyText) on SummEdits (four
// domains; balanced accuracy on the `evaluation` split, used for tuning, and on the `test` split,
// the reported number) and on HaluEval QA (right answers must pass, hallucinated answers must be
// caught). No model, no LLM.
//
//   bench/safety/safety_external_bench [CLAIM_CHECK_DIR] [--limit N]
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "safety/verification.h"

namespace rp = repopost;

namespace {

struct Confusion {
  int tp = 0, fn = 0, tn = 0, fp = 0;  // positive = consistent
  void Add(bool truth_consistent, bool predicted_consistent) {
    if (truth_consistent)
      predicted_consistent ? ++tp : ++fn;
    else
      predicted_consistent ? ++fp : ++tn;
  }
  double Tpr() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0; }
  double Tnr() const { return tn + fp ? static_cast<double>(tn) / (tn + fp) : 0; }
  double Balanced() const { return (Tpr() + Tnr()) / 2; }
  int N() const { return tp + fn + tn + fp; }
};

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

rp::safety::CheckerOptions g_options;

rp::safety::CheckerOptions WithMinCoverage(double min_coverage) {
  rp::safety::CheckerOptions o;
  o.min_coverage = min_coverage;
  o.uncertain_below = std::max(o.uncertain_below, min_coverage);
  return o;
}

bool Consistent(const std::string& source, const std::string& text) {
  auto report = rp::safety::VerifyText({{"source", source}}, text, g_options);
  if (!report) return false;
  return report->consistency == rp::safety::Consistency::kConsistent;
}

struct Item {
  std::string domain, split, doc, summary;
  bool consistent;
};

std::vector<Item> LoadSummEdits(const std::filesystem::path& dir, int limit) {
  std::vector<Item> items;
  for (const char* domain : {"ectsum", "qmsumm", "samsum", "sales_call"}) {
    const auto data =
        nlohmann::json::parse(Slurp(dir / ("summedits_" + std::string(domain) + ".json")));
    int seen = 0;
    for (const auto& item : data) {
      if (limit > 0 && seen++ >= limit) break;
      const auto& label = item["label"];
      items.push_back(
          {domain, item["split"].get<std::string>(), item["doc"].get<std::string>(),
           item["summary"].get<std::string>(),
           label.is_string() ? label.get<std::string>() == "1" : label.get<int>() == 1});
    }
  }
  return items;
}

// Picks min_coverage on the evaluation split only (pooled over the four domains).
double Tune(const std::vector<Item>& items) {
  std::printf("Tuning min_coverage on SummEdits split=evaluation\n");
  double best = 0.6, best_acc = -1;
  for (double mc : {0.6, 0.45, 0.3, 0.15, 0.0}) {
    g_options = WithMinCoverage(mc);
    Confusion c;
    for (const Item& it : items) {
      if (it.split == "evaluation") c.Add(it.consistent, Consistent(it.doc, it.summary));
    }
    std::printf("  min_coverage %.2f: balanced accuracy %.1f (TPR %.3f, TNR %.3f)\n", mc,
                c.Balanced() * 100, c.Tpr(), c.Tnr());
    if (c.Balanced() > best_acc) {
      best_acc = c.Balanced();
      best = mc;
    }
  }
  std::printf("  chosen: %.2f\n\n", best);
  return best;
}

void SummEdits(const std::vector<Item>& items) {
  std::printf("SummEdits (balanced accuracy, positive = consistent)\n");
  std::printf("%-12s %-11s %5s %7s %7s %9s\n", "domain", "split", "n", "TPR", "TNR", "bal.acc");
  std::map<std::string, Confusion> overall;
  std::map<std::pair<std::string, std::string>, Confusion> by_domain;
  for (const Item& it : items) {
    const bool predicted = Consistent(it.doc, it.summary);
    by_domain[{it.domain, it.split}].Add(it.consistent, predicted);
    overall[it.split].Add(it.consistent, predicted);
  }
  for (const auto& [key, c] : by_domain) {
    std::printf("%-12s %-11s %5d %7.3f %7.3f %9.3f\n", key.first.c_str(), key.second.c_str(), c.N(),
                c.Tpr(), c.Tnr(), c.Balanced() * 100);
  }
  for (const auto& [split, c] : overall) {
    std::printf("%-12s %-11s %5d %7.3f %7.3f %9.3f\n", "all four", split.c_str(), c.N(), c.Tpr(),
                c.Tnr(), c.Balanced() * 100);
  }
  std::printf(
      "published (all ten domains): GPT-4 82.1, QAFactEval 65.5, SummaC-Conv 57.1, DAE 55.2\n\n");
}

void HaluEval(const std::filesystem::path& dir, int limit) {
  std::printf("HaluEval QA (source = knowledge, text = answer)\n");
  std::printf("%-28s %5s %12s %12s %9s\n", "file", "n", "right pass", "halluc caught", "bal.acc");
  for (const char* file : {"qa_one-turn_data.json", "qa_multi-turn_data.json"}) {
    std::ifstream in(dir / file);
    std::string line;
    Confusion c;
    int seen = 0;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      if (limit > 0 && seen++ >= limit) break;
      const auto item = nlohmann::json::parse(line);
      const std::string knowledge = item["knowledge"].get<std::string>();
      c.Add(true, Consistent(knowledge, item["right_answer"].get<std::string>()));
      c.Add(false, Consistent(knowledge, item["hallucinated_answer"].get<std::string>()));
    }
    std::printf("%-28s %5d %12.3f %12.3f %9.3f\n", file, c.N() / 2, c.Tpr(), c.Tnr(),
                c.Balanced() * 100);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path root = REPOPOST_SHARED_DIR "/data/claim-check";
  int limit = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--limit" && i + 1 < argc)
      limit = std::atoi(argv[++i]);
    else
      root = arg;
  }
  const std::vector<Item> items = LoadSummEdits(root / "summedits-dev", limit);
  const double chosen = Tune(items);
  g_options = WithMinCoverage(chosen);
  SummEdits(items);
  std::printf("with min_coverage %.2f (tuned on SummEdits evaluation)\n", chosen);
  HaluEval(root / "halueval-qa", limit);
  g_options = rp::safety::CheckerOptions{};
  std::printf("with the default options (min_coverage %.2f)\n", g_options.min_coverage);
  HaluEval(root / "halueval-qa", limit);
  return 0;
}
