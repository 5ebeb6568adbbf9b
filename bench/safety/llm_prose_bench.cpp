// LLM prose benchmark (issue 13): posts a general-purpose LLM wrote about real repositories,
// every sentence labelled supported / unsupported / opinion by a separate reader who checked the
// repository (bench/safety/llm_prose/README.md). Each post is checked the way `repopost check`
// does it (app::GenerationService::Check: ingest, profile, checker) against its repository, and
// the bench prints, for the tuning half and the reporting half separately: how many true
// sentences are flagged, how many unsupported ones are caught, and tables per role and reason.
//
//   safety_llm_prose_bench --devset DIR [--corpus DIR] [--repo-docs DIR] [--verbose]
//
// --devset (or $REPOPOST_DEVSET) holds the dev-set checkouts (<owner+name>/); posts about
// repositories that are absent are skipped with one line. --repo-docs defaults to
// ../shared/data/repo-docs. Nothing is downloaded.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/generation_service.h"
#include "fixture_repo/fixture_repo.h"
#include "safety/safety_report.h"

namespace fs = std::filesystem;
namespace rp = repopost;

namespace {

struct Label {
  std::string project;
  std::string post_file;  // "dev/<owner+name>.txt" or "repo-docs/<name>.txt"
  std::string sentence;
  std::string label;  // supported | unsupported | opinion
};

struct Outcome {
  const Label* label = nullptr;
  bool matched = false;
  bool flagged = false;
  rp::safety::ClaimRole role = rp::safety::ClaimRole::kClaim;
  rp::safety::Reason reason = rp::safety::Reason::kFound;
  std::string rationale;
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Lowercase alphanumerics only: bullets, quotes, spacing and punctuation do not matter.
std::string Key(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

// The post without its metadata line ("# angle: ...").
std::string PostText(const fs::path& file) {
  std::string text = ReadFile(file);
  if (text.starts_with("# angle:")) text = text.substr(std::min(text.find('\n'), text.size()));
  return text;
}

bool Flagged(rp::safety::Verdict v) {
  return v == rp::safety::Verdict::kUnsupported || v == rp::safety::Verdict::kContradicted;
}

void Match(const rp::safety::SafetyReport& report, Outcome& out) {
  const std::string want = Key(out.label->sentence);
  std::size_t best_size = 0;
  for (const auto& c : report.claims) {
    const std::string have = Key(c.text);
    if (have.empty() || want.empty()) continue;
    if (have != want && want.find(have) == std::string::npos &&
        have.find(want) == std::string::npos) {
      continue;
    }
    out.matched = true;
    out.flagged = out.flagged || Flagged(c.verdict);
    if (have.size() > best_size || (Flagged(c.verdict) && !out.rationale.starts_with("!"))) {
      best_size = have.size();
      out.role = c.role;
      out.reason = c.reason;
      out.rationale = (Flagged(c.verdict) ? "!" : "") + c.rationale;
    }
  }
}

struct Half {
  std::vector<Outcome> outcomes;
  int unmatched = 0;
};

void PrintHalf(const char* title, const Half& half, bool verbose) {
  std::map<std::string, int> n, flagged;
  std::map<std::string, std::map<std::string, int>> by_role, by_reason_flagged;
  for (const Outcome& o : half.outcomes) {
    if (!o.matched) continue;
    const std::string& l = o.label->label;
    ++n[l];
    flagged[l] += o.flagged;
    ++by_role[std::string(rp::safety::ToString(o.role))][l];
    if (o.flagged) ++by_reason_flagged[std::string(rp::safety::ToString(o.reason))][l];
  }
  const auto rate = [](int a, int b) { return b > 0 ? static_cast<double>(a) / b : 0.0; };
  std::printf("\n%s\n", title);
  std::printf("sentences: %d supported, %d unsupported, %d opinion (%d labels unmatched)\n",
              n["supported"], n["unsupported"], n["opinion"], half.unmatched);
  const int all_flagged = flagged["supported"] + flagged["unsupported"] + flagged["opinion"];
  std::printf("true sentences flagged (FPR): %d/%d = %.3f\n", flagged["supported"], n["supported"],
              rate(flagged["supported"], n["supported"]));
  std::printf("unsupported caught (recall):  %d/%d = %.3f\n", flagged["unsupported"],
              n["unsupported"], rate(flagged["unsupported"], n["unsupported"]));
  std::printf("opinions flagged:             %d/%d = %.3f\n", flagged["opinion"], n["opinion"],
              rate(flagged["opinion"], n["opinion"]));
  std::printf("flag precision:               %d/%d = %.3f\n", flagged["unsupported"], all_flagged,
              rate(flagged["unsupported"], all_flagged));
  std::printf("%-16s %10s %12s %8s  %s\n", "role", "supported", "unsupported", "opinion",
              "role precision/recall (claim: unsupported caught among claims; opinion: vs label)");
  for (const auto& [role, counts] : by_role) {
    const int total = counts.count("supported") ? counts.at("supported") : 0;
    const int bad = counts.count("unsupported") ? counts.at("unsupported") : 0;
    const int op = counts.count("opinion") ? counts.at("opinion") : 0;
    std::printf("%-16s %10d %12d %8d", role.c_str(), total, bad, op);
    if (role == "opinion") {
      std::printf("  precision %.3f recall %.3f", rate(op, total + bad + op),
                  rate(op, n["opinion"]));
    }
    std::printf("\n");
  }
  std::printf("%-18s %8s %8s %8s %10s %8s\n", "reason (flagged)", "true", "unsupp.", "opinion",
              "precision", "recall");
  for (const auto& [reason, counts] : by_reason_flagged) {
    const int t = counts.count("supported") ? counts.at("supported") : 0;
    const int u = counts.count("unsupported") ? counts.at("unsupported") : 0;
    const int o = counts.count("opinion") ? counts.at("opinion") : 0;
    std::printf("%-18s %8d %8d %8d %10.3f %8.3f\n", reason.c_str(), t, u, o, rate(u, t + u + o),
                rate(u, n["unsupported"]));
  }
  if (!verbose) return;
  for (const Outcome& o : half.outcomes) {
    const std::string& l = o.label->label;
    if (!o.matched) {
      std::printf("  UNMATCHED [%s] %s\n", o.label->project.c_str(), o.label->sentence.c_str());
    } else if (o.flagged && l != "unsupported") {
      std::printf("  FP(%s) [%s] %s\n      -- %s\n", l.c_str(), o.label->project.c_str(),
                  o.label->sentence.c_str(), o.rationale.c_str());
    } else if (!o.flagged && l == "unsupported") {
      std::printf("  MISS [%s] %s\n      -- %s (%s)\n", o.label->project.c_str(),
                  o.label->sentence.c_str(), o.rationale.c_str(),
                  std::string(rp::safety::ToString(o.role)).c_str());
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  fs::path corpus = REPOPOST_CORPUS_DIR;
  fs::path repo_docs = fs::path(REPOPOST_SHARED_DIR) / "data" / "repo-docs";
  fs::path devset = std::getenv("REPOPOST_DEVSET") ? std::getenv("REPOPOST_DEVSET") : "";
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--verbose") verbose = true;
    if (i + 1 < argc && a == "--corpus") corpus = argv[++i];
    if (i + 1 < argc && a == "--devset") devset = argv[++i];
    if (i + 1 < argc && a == "--repo-docs") repo_docs = argv[++i];
  }
  if (devset.empty()) {
    std::fprintf(stderr,
                 "usage: safety_llm_prose_bench --devset DIR (or REPOPOST_DEVSET) "
                 "[--corpus DIR] [--repo-docs DIR] [--verbose]\n");
    return 1;
  }
  if (!fs::exists(corpus / "labels.jsonl")) {
    std::printf("skipped: no corpus at %s\n", corpus.c_str());
    return 0;
  }
  std::map<std::string, std::string> half_of;  // project -> "tune" | "report"
  {
    std::istringstream split(ReadFile(corpus / "split.tsv"));
    std::string line;
    while (std::getline(split, line)) {
      if (line.empty() || line[0] == '#') continue;
      const std::size_t tab = line.find('\t');
      if (tab != std::string::npos) half_of[line.substr(0, tab)] = line.substr(tab + 1);
    }
  }
  std::vector<Label> labels;
  {
    std::istringstream in(ReadFile(corpus / "labels.jsonl"));
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      const auto j = nlohmann::json::parse(line);
      labels.push_back({j.at("project").get<std::string>(), j.at("post_file").get<std::string>(),
                        j.at("sentence").get<std::string>(), j.at("label").get<std::string>()});
    }
  }
  std::map<std::string, std::vector<const Label*>> by_post;
  for (const Label& l : labels) by_post[l.post_file].push_back(&l);

  rp::app::GenerationService service(rp::app::AppConfig{});
  std::map<std::string, Half> halves;
  for (const auto& [post_file, post_labels] : by_post) {
    const fs::path rel =
        fs::path(post_file).parent_path().filename() / fs::path(post_file).filename();
    const std::string folder = rel.parent_path().string();
    const std::string project = fs::path(post_file).stem().string();
    const std::string half = half_of.count(project) ? half_of[project] : "unsplit";
    std::optional<rp::testing::FixtureRepo> replay;
    fs::path source;
    if (folder == "repo-docs") {
      if (!fs::exists(repo_docs / project)) {
        std::printf("skipped %s: %s absent\n", post_file.c_str(), (repo_docs / project).c_str());
        continue;
      }
      replay.emplace(rp::testing::FromRepoDocs(repo_docs / project));
      source = replay->path();
    } else {
      source = devset / project;
      if (!fs::exists(source)) {
        std::printf("skipped %s: %s absent\n", post_file.c_str(), source.c_str());
        continue;
      }
    }
    rp::app::SourceRequest request;
    request.location = source.string();
    auto report = service.Check(request, PostText(corpus / "posts" / rel));
    if (!report) {
      std::printf("skipped %s: %s\n", post_file.c_str(), report.error().message.c_str());
      continue;
    }
    for (const Label* l : post_labels) {
      Outcome o;
      o.label = l;
      Match(*report, o);
      halves[half].unmatched += !o.matched;
      halves[half].outcomes.push_back(o);
    }
  }
  for (const char* h : {"tune", "report", "unsplit"}) {
    if (!halves.count(h)) continue;
    const std::string title = std::string(h) == "tune" ? "TUNING half (tuned on; not the result)"
                              : std::string(h) == "report" ? "REPORTING half (held out)"
                                                           : "NOT IN split.tsv";
    PrintHalf(title.c_str(), halves[h], verbose);
  }
  return 0;
}
