// Zero self-flags: the offline writer's own words and the repository sentences it picks pass the
// claim checker the product runs on every post. A template post is never "repaired": its draft
// is final, and no claim of it is unsupported or contradicted. Runs through GenerationService,
// as the CLI does, over every style x tone x hook.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "app/generation_service.h"
#include "fixture_repo/fixture_repo.h"
#include "generate/spec_table.h"
#include "support/shared_data.h"

namespace repopost::app {
namespace {

void ExpectNoSelfFlags(const std::string& name, const std::filesystem::path& path) {
  const GenerationService service(AppConfig{});
  for (generate::Style style : generate::AllStyles()) {
    for (generate::Tone tone : generate::AllTones()) {
      for (generate::HookType hook : generate::AllHookTypes()) {
        GenerateRequest request;
        request.source.location = path.string();
        request.options = {.style = style, .tone = tone, .hook = hook};
        request.offline = true;
        auto result = service.Generate(request);
        const std::string label = name + "/" + std::string(ToString(style)) + "/" +
                                  std::string(ToString(tone)) + "/" + std::string(ToString(hook));
        ASSERT_TRUE(result) << label << ": " << result.error().message;
        EXPECT_TRUE(result->draft_text.empty()) << label << " was repaired:\n"
                                                << result->draft_text;
        for (const safety::ClaimResult& claim : result->safety.claims) {
          EXPECT_TRUE(claim.verdict == safety::Verdict::kSupported ||
                      claim.verdict == safety::Verdict::kNotAClaim)
              << label << ": \"" << claim.text << "\" is " << ToString(claim.verdict) << " ("
              << claim.rationale << ")\n"
              << result->post.text;
        }
      }
    }
  }
}

TEST(SelfCheck, FixtureRepositoriesPassTheirOwnChecker) {
  ExpectNoSelfFlags("cli-tool", testing::MakeCliToolRepo().path());
  ExpectNoSelfFlags("rust-crate", testing::MakeRustCrateRepo().path());
  ExpectNoSelfFlags("python-package", testing::MakePythonPackageRepo().path());
}

class SelfCheckRepoDocs : public ::testing::TestWithParam<std::string> {};

TEST_P(SelfCheckRepoDocs, EveryTemplatePostPassesTheChecker) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  const std::filesystem::path dir =
      std::filesystem::path(REPOPOST_SHARED_DIR) / "data" / "repo-docs" / GetParam();
  ASSERT_TRUE(std::filesystem::exists(dir)) << dir;
  const testing::FixtureRepo repo = testing::FromRepoDocs(dir, 16 * 1024);
  ExpectNoSelfFlags(GetParam(), repo.path());
}

INSTANTIATE_TEST_SUITE_P(RepoDocs, SelfCheckRepoDocs,
                         ::testing::Values("AlignScore", "drogon", "fzf", "is-odd", "leveldb",
                                           "ollama", "randomfun", "selfcheckgpt", "summac",
                                           "whisper.cpp"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (std::isalnum(static_cast<unsigned char>(c)) == 0) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace repopost::app
