// The LLM replay corpus (tests/data/llm_answers/<repo>/, issue 14): realistic answers to the
// writer prompt for ten real repositories (../shared/data/repo-docs), replayed by the fake
// OpenAI-compatible server over loopback through GenerationService, as `generate --llm` runs.
// Each faithful answer is also sent in every schema-deviant shape real models produce, cut at
// the token limit, and to a server that ignores json_schema or refuses "strict". Expected: an
// LLM-tier post every time except when every answer is cut inside the post; no invention
// survives; a repair call only where a claim is really unsupported. The table and the
// false-repair rate are printed.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/generation_service.h"
#include "fake_llm_server/fake_llm_server.h"
#include "fixture_repo/fixture_repo.h"
#include "integration/llm_writer/llm_writer_support.h"
#include "support/shared_data.h"

namespace repopost::testing {
namespace {

using fake::FakeLlmServer;
using fake::FakeReply;
// The answers keep the order the model wrote them in ("post" first), as a cut answer would.
using json = nlohmann::ordered_json;

const std::vector<std::string> kRepos = {"AlignScore", "drogon",     "fzf",       "is-odd",
                                         "leveldb",    "ollama",     "randomfun", "selfcheckgpt",
                                         "summac",     "whisper.cpp"};

std::filesystem::path CorpusDir(const std::string& repo) {
  return std::filesystem::path(REPOPOST_SOURCE_DIR) / "tests/data/llm_answers" / repo;
}

json ReadJson(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

// One way of sending an answer: how the server behaves and what the writer must make of it.
struct Variant {
  std::string name;
  bool faithful = true;  // every statement is true: a repair call would be a false repair
  std::function<void(FakeLlmServer&, const json& good)> script;
  bool expect_llm = true;
};

FakeReply Cut(const std::string& text, std::size_t at) {
  FakeReply reply = FakeReply::Answer(text.substr(0, at));
  reply.finish_reason = "length";
  return reply;
}

std::vector<Variant> Variants(const json& invented) {
  std::vector<Variant> out;
  auto plain = [](std::function<json(json)> change) {
    return [change](FakeLlmServer& server, const json& good) {
      server.SetDefault(FakeReply::Answer(change(good).dump(2)));
    };
  };
  out.push_back({"good", true, plain([](json a) { return a; })});
  out.push_back({"no_caption", true, plain([](json a) {
                   a.erase("caption");
                   return a;
                 })});
  out.push_back({"extra_top_field", true, plain([](json a) {
                   a["tone"] = "balanced";
                   a["word_count"] = 180;
                   return a;
                 })});
  out.push_back({"extra_claim_field", true, plain([](json a) {
                   for (json& claim : a["claims"]) claim["confidence"] = 0.9;
                   return a;
                 })});
  out.push_back({"no_hooks", true, plain([](json a) {
                   a.erase("hooks");
                   return a;
                 })});
  out.push_back({"evidence_as_string", true, plain([](json a) {
                   for (json& claim : a["claims"]) {
                     std::string ids;
                     for (const json& id : claim["evidence"])
                       ids += (ids.empty() ? "" : ", ") + id.get<std::string>();
                     claim["evidence"] = ids;
                   }
                   return a;
                 })});
  out.push_back({"hashtags_as_string", true, plain([](json a) {
                   std::string tags;
                   for (const json& tag : a["hashtags"]) tags += tag.get<std::string>() + " ";
                   a["hashtags"] = tags;
                   return a;
                 })});
  out.push_back({"preface_and_fence", true, [](FakeLlmServer& server, const json& good) {
                   server.SetDefault(FakeReply::Answer("Here is the post as requested:\n```json\n" +
                                                       good.dump(2) + "\n```"));
                 }});
  out.push_back({"cut_after_post", true, [](FakeLlmServer& server, const json& good) {
                   std::string text = good.dump(2);
                   server.SetDefault(Cut(text, text.find("\"hooks\"") + 20));
                 }});
  out.push_back({"cut_inside_post_then_whole", true, [](FakeLlmServer& server, const json& good) {
                   std::string text = good.dump(2);
                   server.Enqueue(Cut(text, text.size() / 6));
                   server.SetDefault(FakeReply::Answer(text));
                 }});
  out.push_back({"cut_inside_post_always", true,
                 [](FakeLlmServer& server, const json& good) {
                   std::string text = good.dump(2);
                   server.SetDefault(Cut(text, text.size() / 6));
                 },
                 false});
  out.push_back({"json_schema_ignored", true, [](FakeLlmServer& server, const json& good) {
                   server.Enqueue(FakeReply::Answer(good["post"].get<std::string>()));
                   server.SetDefault(FakeReply::Answer(good.dump()));
                 }});
  out.push_back({"strict_refused", true, [](FakeLlmServer& server, const json& good) {
                   server.SetRejectStrict(true);
                   server.SetDefault(FakeReply::Answer(good.dump()));
                 }});
  out.push_back({"invented", false, [invented](FakeLlmServer& server, const json&) {
                   // A stubborn model: the repair answer repeats the inventions.
                   server.SetDefault(FakeReply::Answer(invented.dump()));
                 }});
  return out;
}

struct Row {
  std::string repo, variant, tier;
  std::size_t requests = 0, calls = 0;
  bool repaired = false;
  std::size_t flagged = 0;
};

class LlmReplayCorpus : public ::testing::Test {
 protected:
  void SetUp() override { REPOPOST_SKIP_WITHOUT_SHARED_DATA(); }
};

TEST_F(LlmReplayCorpus, EveryUsableAnswerBecomesAnLlmPostAndNoInventionSurvives) {
  std::vector<Row> rows;
  std::size_t faithful = 0, false_repairs = 0, true_repairs = 0, invented_runs = 0;
  for (const std::string& repo_name : kRepos) {
    const std::filesystem::path dir = CorpusDir(repo_name);
    ASSERT_TRUE(std::filesystem::exists(dir / "good.json")) << dir;
    const FixtureRepo repo = FromRepoDocs(SharedDataPath("repo-docs/" + repo_name), 16 * 1024);
    const json good = ReadJson(dir / "good.json");
    const json invented = ReadJson(dir / "invented.json");
    const json meta = ReadJson(dir / "meta.json");
    const json two_line = ReadJson(dir / "two_line_hook.json");
    std::vector<Variant> variants = Variants(invented);
    variants.push_back({"two_line_hook", true, [two_line](FakeLlmServer& server, const json&) {
                          server.SetDefault(FakeReply::Answer(two_line.dump()));
                        }});
    bool good_repaired = false;  // "good" runs first: the deviant shapes must not change it
    for (const Variant& variant : variants) {
      const std::string label = repo_name + "/" + variant.name;
      FakeLlmServer server;
      variant.script(server, good);
      LoopbackTiers tiers({server.base_url()});
      app::GenerateRequest request;
      request.source.location = repo.path().string();
      request.llm = tiers.router();
      auto result = app::GenerationService(app::AppConfig{}).Generate(request);
      ASSERT_TRUE(result) << label << ": " << result.error().message;
      Row row{repo_name, variant.name, std::string(generate::ToString(result->post.writer))};
      row.requests = server.ChatRequestCount();
      row.calls = result->llm_calls.size();
      for (const auto& call : result->llm_calls) {
        row.repaired |= call.purpose == generate::LlmCallPurpose::kRepair;
      }
      row.flagged = result->safety.corrections.size();
      rows.push_back(row);

      std::string notes;
      for (const std::string& note : result->post.notes) notes += "\n  note: " + note;
      const bool llm = result->post.writer == generate::WriterTier::kLlm;
      EXPECT_EQ(llm, variant.expect_llm) << label << notes;
      if (llm) {
        EXPECT_EQ(result->post.hook.find('\n'), std::string::npos) << label;
        EXPECT_FALSE(result->post.text.empty()) << label;
      }
      if (variant.name == "good") good_repaired = row.repaired;
      if (variant.name == "good" || variant.name == "two_line_hook") {
        ++faithful;
        false_repairs += row.repaired ? 1 : 0;
        if (row.repaired && server.ChatRequestCount() >= 2) {  // what the checker flagged
          const std::string body = server.Requests()[1].body;
          const std::size_t from = body.find("These statements are not supported");
          const std::size_t to = body.find("Write the post again", from);
          if (from != std::string::npos) {
            std::printf("[false repair] %s: %s\n", label.c_str(),
                        body.substr(from, to == std::string::npos ? 600 : to - from).c_str());
          }
        }
      } else if (variant.faithful && variant.expect_llm) {
        EXPECT_EQ(row.repaired, good_repaired)
            << label << ": the answer's shape changed whether it was repaired" << notes;
      } else if (!variant.faithful) {
        ++invented_runs;
        true_repairs += row.repaired ? 1 : 0;
        EXPECT_TRUE(row.repaired) << label << ": the inventions got no repair call" << notes;
        for (const json& invention : meta["inventions"]) {
          EXPECT_EQ(result->post.text.find(invention.get<std::string>()), std::string::npos)
              << label << ": the invention \"" << invention.get<std::string>() << "\" survived:\n"
              << result->post.text;
        }
      }
    }
  }
  std::printf("\n%-14s %-28s %-9s %8s %6s %9s %8s\n", "repository", "answer", "tier", "requests",
              "calls", "repaired", "flagged");
  for (const Row& row : rows) {
    std::printf("%-14s %-28s %-9s %8zu %6zu %9s %8zu\n", row.repo.c_str(), row.variant.c_str(),
                row.tier.c_str(), row.requests, row.calls, row.repaired ? "yes" : "no",
                row.flagged);
  }
  std::printf(
      "false-repair rate: %zu/%zu = %.3f (faithful answers, good and two-line hook, "
      "that got a repair call)\n",
      false_repairs, faithful, faithful == 0 ? 0.0 : static_cast<double>(false_repairs) / faithful);
  std::printf("inventions repaired: %zu/%zu\n", true_repairs, invented_runs);
  // The aim is <= 10%; it is not met (the checker still flags true paraphrases, table numbers,
  // "best"/"largest" used literally and client-library installs). This bound only guards
  // against regressions past the rate measured when the corpus was added.
  EXPECT_LE(static_cast<double>(false_repairs), 0.75 * static_cast<double>(faithful));
}

}  // namespace
}  // namespace repopost::testing
