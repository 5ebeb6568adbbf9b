// In-domain claim checker benchmark: grounded posts (the template writer's, plus posts made of
// README sentences) over the ten ../shared/data/repo-docs repositories, corrupted the way LLMs go
// wrong; prints precision, recall and F1 per corruption type and the false-positive rate on the
// untouched posts. Repositories are split: the first five (alphabetical) were used to tune the
// checker, the last five are reported as held out.
//
// FactSheets come from the real pipeline by default: each folder is replayed into a git
// repository (tests/support FromRepoDocs) and read with ingest::IngestPath. `--docs-reader` uses
// the bench's own direct reader of the folder instead (repo_docs_sheet.h).
//
//   bench/safety/safety_in_domain_bench [REPO_DOCS_DIR] [--verbose] [--docs-reader]
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "corruptor.h"
#include "fixture_repo/fixture_repo.h"
#include "generate/template_writer.h"
#include "ingest/ingest.h"
#include "repo_docs_sheet.h"
#include "safety/claim_checker.h"
#include "text/sentence_segmenter.h"

namespace rp = repopost;
using rp::bench::Corruption;

namespace {

struct Tally {
  int tp = 0, fn = 0, fp = 0, originals = 0;
};

struct SplitStats {
  std::map<Corruption, Tally> by_type;
  int clean_claims = 0, clean_flagged = 0, clean_posts = 0, clean_posts_flagged = 0;
};

bool Flagged(rp::safety::Verdict v) {
  return v == rp::safety::Verdict::kUnsupported || v == rp::safety::Verdict::kContradicted;
}

// Whether any claim overlapping [begin, end) of the post is flagged.
bool FlaggedAt(const rp::safety::SafetyReport& r, std::size_t begin, std::size_t end) {
  for (const auto& c : r.claims) {
    if (c.begin < end && begin < c.end && Flagged(c.verdict)) return true;
  }
  return false;
}

std::vector<std::string> ReadmeSentences(const rp::core::FactSheet& sheet) {
  std::vector<std::string> out;
  for (const auto& doc : sheet.documents) {
    if (doc.title != "README.md") continue;
    bool code = false;
    std::string paragraph;
    auto flush = [&] {
      for (const auto& seg : rp::text::SentenceSegmenter().Split(paragraph)) {
        const std::string& t = seg.text;
        const auto words = std::count(t.begin(), t.end(), ' ') + 1;
        if (words < 6 || words > 35 || t.find("http") != std::string::npos ||
            t.find('|') != std::string::npos || t.find("](") != std::string::npos ||
            t.find('<') != std::string::npos || t.back() == ':' ||
            !std::isupper(static_cast<unsigned char>(t[0]))) {
          continue;
        }
        out.push_back(t);
      }
      paragraph.clear();
    };
    std::size_t pos = 0;
    while (pos < doc.text.size()) {
      std::size_t eol = doc.text.find('\n', pos);
      if (eol == std::string::npos) eol = doc.text.size();
      std::string line = doc.text.substr(pos, eol - pos);
      pos = eol + 1;
      if (line.starts_with("```")) {
        code = !code;
        flush();
        continue;
      }
      if (code || line.empty() || line[0] == '#' || line[0] == '|' || line[0] == '<' ||
          line[0] == '>' || line[0] == '!' || line[0] == '[' || line[0] == ' ') {
        flush();
        continue;
      }
      if (line.starts_with("- ") || line.starts_with("* ")) {
        flush();
        line = line.substr(2);
      }
      paragraph += (paragraph.empty() ? "" : " ") + line;
    }
    flush();
  }
  return out;
}

std::vector<std::string> GroundedPosts(const rp::core::FactSheet& sheet) {
  std::vector<std::string> posts;
  const rp::generate::TemplateWriter writer;
  const rp::generate::Style styles[] = {
      rp::generate::Style::kGrowth, rp::generate::Style::kLearning,
      rp::generate::Style::kBuildInPublic, rp::generate::Style::kRecruiter};
  for (std::size_t i = 0; i < 4; ++i) {
    rp::generate::PostOptions options;
    options.style = styles[i];
    options.hook = static_cast<rp::generate::HookType>(i % 5);
    options.seed = i;
    if (auto post = writer.Write(sheet, options)) posts.push_back(post->text);
  }
  const std::vector<std::string> sentences = ReadmeSentences(sheet);
  const rp::core::Fact* description = sheet.First(rp::core::FactKind::kDescription);
  const std::string name = sheet.First(rp::core::FactKind::kProjectName)->value;
  for (std::size_t start = 0; start + 4 <= sentences.size() && posts.size() < 10; start += 4) {
    std::string post =
        name + ": " + (description ? description->value : "a look at the repository") + "\n\n";
    for (std::size_t k = start; k < start + 4; ++k) post += "\u2022 " + sentences[k] + "\n";
    post += "\nTry it and tell me what you think.\n\n#OpenSource #DevTools";
    posts.push_back(post);
  }
  return posts;
}

std::string LowerAll(const rp::core::FactSheet& sheet) {
  std::string all;
  for (const auto& d : sheet.documents) all += d.text + "\n";
  for (const auto& f : sheet.facts) all += f.value + "\n" + f.detail + "\n";
  for (char& c : all) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return all;
}

bool g_docs_reader = false;

rp::core::Result<rp::core::FactSheet> LoadSheet(const std::filesystem::path& dir) {
  if (g_docs_reader) return rp::bench::RepoDocsSheet(dir);
  rp::testing::FixtureRepo repo = rp::testing::FromRepoDocs(dir, 2048);
  return rp::ingest::IngestPath(repo.path().string(), rp::ingest::IngestOptions{});
}

void RunRepo(const std::filesystem::path& dir, SplitStats& stats, bool verbose) {
  auto sheet = LoadSheet(dir);
  if (!sheet) {
    std::fprintf(stderr, "%s\n", sheet.error().message.c_str());
    return;
  }
  auto checker = rp::safety::ClaimChecker::Create(*sheet);
  if (!checker) {
    std::fprintf(stderr, "%s\n", checker.error().message.c_str());
    return;
  }
  const std::string project = sheet->First(rp::core::FactKind::kProjectName)->value;
  const rp::bench::Corruptor corruptor(LowerAll(*sheet), project);
  unsigned variant = 0;
  for (const std::string& post : GroundedPosts(*sheet)) {
    const rp::safety::SafetyReport clean = checker->Check(post);
    ++stats.clean_posts;
    bool any = false;
    for (const auto& c : clean.claims) {
      if (c.verdict == rp::safety::Verdict::kNotAClaim) continue;
      ++stats.clean_claims;
      if (Flagged(c.verdict)) {
        ++stats.clean_flagged;
        any = true;
        if (verbose)
          std::printf("  FP [%s] %s -- %s\n", dir.filename().c_str(), c.text.c_str(),
                      c.rationale.c_str());
      }
    }
    stats.clean_posts_flagged += any;
    for (Corruption type : rp::bench::AllCorruptions()) {
      Tally& t = stats.by_type[type];
      if (rp::bench::IsInsertion(type)) {
        const std::size_t at =
            post.find('\n') == std::string::npos ? post.size() : post.find('\n') + 1;
        const std::string added = corruptor.Insert(type, variant++) + "\n";
        const std::string corrupted = post.substr(0, at) + added + post.substr(at);
        const auto report = checker->Check(corrupted);
        const bool hit = FlaggedAt(report, at, at + added.size() - 1);
        hit ? ++t.tp : ++t.fn;
        if (!hit && verbose)
          std::printf("  MISS %s: %s\n", std::string(ToString(type)).c_str(), added.c_str());
        continue;
      }
      // Edit up to two claim sentences per post.
      int edited = 0;
      for (const auto& c : clean.claims) {
        if (edited >= 2 || c.verdict == rp::safety::Verdict::kNotAClaim || c.index == 0) continue;
        auto changed = corruptor.Edit(type, c.text, variant++);
        if (!changed || *changed == c.text) continue;
        ++edited;
        ++t.originals;
        if (Flagged(c.verdict)) ++t.fp;
        const std::string corrupted = post.substr(0, c.begin) + *changed + post.substr(c.end);
        const auto report = checker->Check(corrupted);
        const bool hit = FlaggedAt(report, c.begin, c.begin + changed->size());
        hit ? ++t.tp : ++t.fn;
        if (!hit && verbose) {
          std::printf("  MISS %s: %s\n", std::string(ToString(type)).c_str(), changed->c_str());
        }
      }
    }
  }
}

void Print(const char* title, const SplitStats& s) {
  std::printf("\n%s\n", title);
  std::printf("%-26s %5s %5s %5s %5s %9s %7s %6s\n", "corruption", "n", "TP", "FN", "FP",
              "precision", "recall", "F1");
  int tp = 0, fn = 0, fp = 0;
  for (const auto& [type, t] : s.by_type) {
    const int n = t.tp + t.fn;
    // Insertions have no original sentence: their false positives are the clean-post rate.
    const double fp_count = rp::bench::IsInsertion(type) ? static_cast<double>(s.clean_flagged) *
                                                               n / std::max(1, s.clean_claims)
                                                         : t.fp;
    const double precision = t.tp + fp_count > 0 ? t.tp / (t.tp + fp_count) : 0;
    const double recall = n > 0 ? static_cast<double>(t.tp) / n : 0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    std::printf("%-26s %5d %5d %5d %5.1f %9.3f %7.3f %6.3f\n", std::string(ToString(type)).c_str(),
                n, t.tp, t.fn, fp_count, precision, recall, f1);
    tp += t.tp;
    fn += t.fn;
    fp += static_cast<int>(fp_count + 0.5);
  }
  const double precision = tp + fp > 0 ? static_cast<double>(tp) / (tp + fp) : 0;
  const double recall = tp + fn > 0 ? static_cast<double>(tp) / (tp + fn) : 0;
  std::printf("%-26s %5d %5d %5d %5d %9.3f %7.3f %6.3f\n", "overall", tp + fn, tp, fn, fp,
              precision, recall,
              precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
  std::printf(
      "untouched posts: %d posts, %d claims; false-positive rate %.3f per claim, %.3f per post\n",
      s.clean_posts, s.clean_claims,
      s.clean_claims ? static_cast<double>(s.clean_flagged) / s.clean_claims : 0,
      s.clean_posts ? static_cast<double>(s.clean_posts_flagged) / s.clean_posts : 0);
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path root = REPOPOST_SHARED_DIR "/data/repo-docs";
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--verbose")
      verbose = true;
    else if (arg == "--docs-reader")
      g_docs_reader = true;
    else
      root = arg;
  }
  std::vector<std::filesystem::path> repos;
  for (const auto& e : std::filesystem::directory_iterator(root)) {
    if (e.is_directory()) repos.push_back(e.path());
  }
  std::sort(repos.begin(), repos.end());
  if (repos.size() < 2) {
    std::fprintf(stderr, "no repositories under %s\n", root.c_str());
    return 2;
  }
  SplitStats tune, report;
  const std::size_t half = repos.size() / 2;
  std::printf("facts from: %s\n",
              g_docs_reader ? "bench repo-docs reader" : "FromRepoDocs + ingest::IngestPath");
  std::printf("tune repositories:");
  for (std::size_t i = 0; i < half; ++i) std::printf(" %s", repos[i].filename().c_str());
  std::printf("\nreport repositories (held out):");
  for (std::size_t i = half; i < repos.size(); ++i) std::printf(" %s", repos[i].filename().c_str());
  std::printf("\n");
  for (std::size_t i = 0; i < repos.size(); ++i) {
    if (verbose) std::printf("== %s\n", repos[i].filename().c_str());
    RunRepo(repos[i], i < half ? tune : report, verbose);
  }
  Print("TUNE split (used while tuning; not the result)", tune);
  Print("REPORT split (held out)", report);
  return 0;
}
