// The grounding matrix on FactSheets ingested from real git repositories: the fixture library's
// repositories and every ../shared/data/repo-docs repository replayed with FixtureRepo. Facts here
// come from ingest as it really is (messy README sentences, manifests, history), not by hand.
#include <gtest/gtest.h>

#include <filesystem>

#include "fixture_repo/fixture_repo.h"
#include "generate/spec_table.h"
#include "generate/template_writer.h"
#include "ingest/ingest.h"
#include "post_audit.h"
#include "support/shared_data.h"

namespace repopost::generate {
namespace {

void RunMatrix(const std::string& name, const std::filesystem::path& path) {
  core::Result<core::FactSheet> sheet = ingest::IngestPath(path.string(), ingest::IngestOptions{});
  ASSERT_TRUE(sheet) << name << ": " << sheet.error().message;
  const TemplateWriter writer;
  for (Style style : AllStyles()) {
    for (Tone tone : AllTones()) {
      for (HookType hook : AllHookTypes()) {
        PostOptions options{.style = style, .tone = tone, .hook = hook, .seed = 3};
        core::Result<Post> post = writer.Write(*sheet, options);
        ASSERT_TRUE(post) << name << ": " << post.error().message;
        testing::ExpectPostFollowsRules(name + "/" + std::string(ToString(style)) + "/" +
                                            std::string(ToString(tone)) + "/" +
                                            std::string(ToString(hook)),
                                        *sheet, *post);
      }
    }
  }
}

TEST(IngestedMatrix, FixtureLibraryRepositories) {
  RunMatrix("cli-tool", repopost::testing::MakeCliToolRepo().path());
  RunMatrix("no-readme", repopost::testing::MakeNoReadmeRepo().path());
  RunMatrix("unicode", repopost::testing::MakeUnicodeRepo().path());
  RunMatrix("rust-crate", repopost::testing::MakeRustCrateRepo().path());
  RunMatrix("python-package", repopost::testing::MakePythonPackageRepo().path());
}

class RepoDocsMatrix : public ::testing::TestWithParam<std::string> {};

TEST_P(RepoDocsMatrix, EveryCombinationIsGrounded) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  const std::filesystem::path dir =
      std::filesystem::path(REPOPOST_SHARED_DIR) / "data" / "repo-docs" / GetParam();
  ASSERT_TRUE(std::filesystem::exists(dir)) << dir;
  repopost::testing::FixtureRepo repo = repopost::testing::FromRepoDocs(dir, 16 * 1024);
  RunMatrix(GetParam(), repo.path());
}

INSTANTIATE_TEST_SUITE_P(RepoDocs, RepoDocsMatrix,
                         ::testing::Values("AlignScore", "drogon", "fzf", "is-odd", "leveldb",
                                           "ollama", "randomfun", "selfcheckgpt", "summac",
                                           "whisper.cpp"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

TEST(IngestedMatrix, NoReadmeRepositoryGivesAShortPost) {
  repopost::testing::FixtureRepo thin = repopost::testing::MakeNoReadmeRepo();
  repopost::testing::FixtureRepo rich = repopost::testing::MakeCliToolRepo();
  core::Result<core::FactSheet> thin_sheet = ingest::IngestPath(thin.path().string(), {});
  core::Result<core::FactSheet> rich_sheet = ingest::IngestPath(rich.path().string(), {});
  ASSERT_TRUE(thin_sheet && rich_sheet);
  core::Result<Post> thin_post = TemplateWriter().Write(*thin_sheet, PostOptions{});
  core::Result<Post> rich_post = TemplateWriter().Write(*rich_sheet, PostOptions{});
  ASSERT_TRUE(thin_post && rich_post);
  EXPECT_LT(testing::Words(thin_post->text), testing::Words(rich_post->text)) << thin_post->text;
}

}  // namespace
}  // namespace repopost::generate
