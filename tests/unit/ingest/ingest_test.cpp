// IngestPath and IngestText on real git repositories built by FixtureRepo, and on the bad inputs
// the issue lists. Each test names the behaviour a user relies on.
#include "ingest/ingest.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "fixture_repo/fixture_repo.h"
#include "support/shared_data.h"

namespace repopost::ingest {
namespace {

using core::FactKind;
using testing::FixtureRepo;

core::FactSheet MustIngest(const std::filesystem::path& path, const IngestOptions& options = {}) {
  auto sheet = IngestPath(path.string(), options);
  EXPECT_TRUE(sheet) << (sheet ? "" : sheet.error().message);
  return sheet ? *sheet : core::FactSheet{};
}

std::string ValueOf(const core::FactSheet& sheet, FactKind kind) {
  const core::Fact* fact = sheet.First(kind);
  return fact != nullptr ? fact->value : "<none>";
}

std::vector<std::string> ValuesOf(const core::FactSheet& sheet, FactKind kind) {
  std::vector<std::string> out;
  for (const core::Fact* fact : sheet.All(kind)) out.push_back(fact->value);
  return out;
}

bool HasWarningContaining(const core::FactSheet& sheet, const std::string& text) {
  for (const std::string& w : sheet.warnings) {
    if (w.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(IngestPath, CliToolRepositoryYieldsGroundedFacts) {
  FixtureRepo repo = testing::MakeCliToolRepo();
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(sheet.commit.size(), 40u);
  EXPECT_EQ(ValueOf(sheet, FactKind::kProjectName), "tidyjson");
  EXPECT_EQ(sheet.First(FactKind::kProjectName)->provenance.field, "package.json:name");
  EXPECT_EQ(ValueOf(sheet, FactKind::kVersion), "1.1.0");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLicense), "MIT");
  EXPECT_EQ(ValueOf(sheet, FactKind::kDependencyCount), "0");
  EXPECT_EQ(ValueOf(sheet, FactKind::kRepositoryUrl), "https://github.com/example/tidyjson");
  EXPECT_EQ(ValuesOf(sheet, FactKind::kKeyword),
            (std::vector<std::string>{"json", "formatter", "cli"}));
  EXPECT_EQ(ValuesOf(sheet, FactKind::kFeature).size(), 4u);
  EXPECT_EQ(ValueOf(sheet, FactKind::kInstallCommand), "npm install -g tidyjson");
  EXPECT_EQ(ValueOf(sheet, FactKind::kChangelogEntry), "1.1.0");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLatestTag), "v1.1.0");
  EXPECT_EQ(ValueOf(sheet, FactKind::kCommitsSinceTag), "2");
  EXPECT_EQ(ValueOf(sheet, FactKind::kCommitCount), "7");
  EXPECT_EQ(ValueOf(sheet, FactKind::kAuthorCount), "2");
  EXPECT_EQ(ValueOf(sheet, FactKind::kFirstCommit), "2023-11-14");
  EXPECT_EQ(sheet.First(FactKind::kFirstCommit)->detail, "Initial commit");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLanguage), "JavaScript");
  EXPECT_EQ(sheet.First(FactKind::kLanguage)->detail, "66.4%");  // examples/*.sh are Shell
  EXPECT_EQ(ValuesOf(sheet, FactKind::kLanguage),
            (std::vector<std::string>{"JavaScript", "Shell"}));
  EXPECT_EQ(ValueOf(sheet, FactKind::kRecentCommit), "docs: add FAQ");
  EXPECT_EQ(sheet.First(FactKind::kRecentCommit)->detail, "docs");
  EXPECT_EQ(ValuesOf(sheet, FactKind::kExample),
            (std::vector<std::string>{"basic.sh", "check-ci.sh"}));
  EXPECT_EQ(sheet.First(FactKind::kExample)->detail,
            "Format every JSON file in the current folder.");
  EXPECT_EQ(ValuesOf(sheet, FactKind::kDocsPage), (std::vector<std::string>{"FAQ", "User guide"}));
  EXPECT_EQ(ValueOf(sheet, FactKind::kFileCount), "11");
  EXPECT_TRUE(sheet.warnings.empty());
}

TEST(IngestPath, EveryFactAndDocumentHasProvenance) {
  FixtureRepo repo = testing::MakeCliToolRepo();
  core::FactSheet sheet = MustIngest(repo.path());
  for (const core::Fact& fact : sheet.facts) {
    const core::Provenance& p = fact.provenance;
    EXPECT_TRUE(!p.path.empty() || !p.field.empty() || !p.tag.empty()) << core::ToString(fact.kind);
    EXPECT_FALSE(p.commit.empty()) << core::ToString(fact.kind);
    const bool cites_lines = !p.path.empty() && p.field.empty();
    if (cites_lines && fact.kind != FactKind::kProjectName && fact.kind != FactKind::kExample) {
      EXPECT_GT(p.line_begin, 0) << core::ToString(fact.kind) << " " << fact.value;
    }
  }
  std::vector<core::SourceKind> kinds;
  for (const core::Document& doc : sheet.documents) {
    kinds.push_back(doc.kind);
    EXPECT_EQ(doc.provenance.line_begin, 1);
    EXPECT_FALSE(doc.text.empty());
  }
  for (core::SourceKind kind :
       {core::SourceKind::kReadme, core::SourceKind::kManifest, core::SourceKind::kChangelog,
        core::SourceKind::kDocs, core::SourceKind::kExamples, core::SourceKind::kCommits,
        core::SourceKind::kLicense}) {
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), kind), kinds.end()) << core::ToString(kind);
  }
}

TEST(IngestPath, ReadmeLinesCiteTheFile) {
  FixtureRepo repo = testing::MakeCliToolRepo();
  core::FactSheet sheet = MustIngest(repo.path());
  const core::Fact* install = sheet.First(FactKind::kInstallCommand);
  ASSERT_NE(install, nullptr);
  EXPECT_EQ(install->provenance.path, "README.md");
  EXPECT_EQ(install->provenance.line_begin, 22);
  EXPECT_EQ(install->provenance.commit, sheet.commit);
}

TEST(IngestPath, NoReadmeGivesThinButValidSheet) {
  FixtureRepo repo = testing::MakeNoReadmeRepo();
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(ValueOf(sheet, FactKind::kProjectName), "repo");  // the directory's name
  EXPECT_EQ(sheet.First(FactKind::kSummary), nullptr);
  EXPECT_EQ(ValueOf(sheet, FactKind::kFileCount), "5");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLanguage), "C");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLineCount), "8");
  EXPECT_EQ(ValueOf(sheet, FactKind::kCommitCount), "1");
}

TEST(IngestPath, UnicodeNamesAuthorsAndText) {
  FixtureRepo repo = testing::MakeUnicodeRepo();
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(ValueOf(sheet, FactKind::kProjectName), "café-clé ☕");
  EXPECT_NE(ValueOf(sheet, FactKind::kSummary).find("日本語"), std::string::npos);
  EXPECT_EQ(ValueOf(sheet, FactKind::kAuthorCount), "2");
  EXPECT_EQ(ValueOf(sheet, FactKind::kDocsPage), "使い方");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLanguage), "Python");
  EXPECT_EQ(ValuesOf(sheet, FactKind::kFeature).size(), 2u);
}

TEST(IngestPath, RustCrateWithRstReadmeAndChanges) {
  FixtureRepo repo = testing::MakeRustCrateRepo();
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(ValueOf(sheet, FactKind::kProjectName), "quickhash");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLicense), "Apache-2.0 OR MIT");
  EXPECT_EQ(ValueOf(sheet, FactKind::kDependencyCount), "1");
  EXPECT_EQ(ValueOf(sheet, FactKind::kChangelogEntry), "0.3.2");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLatestTag), "v0.3.2");  // lightweight tag
  EXPECT_EQ(ValueOf(sheet, FactKind::kCommitsSinceTag), "0");
  EXPECT_EQ(ValueOf(sheet, FactKind::kUsageSnippet), "let h = quickhash::hash(b\"hello\");");
  EXPECT_EQ(ValuesOf(sheet, FactKind::kFeature).size(), 2u);
  EXPECT_EQ(sheet.documents.front().title, "Cargo.toml");
}

TEST(IngestPath, PythonPackageWithPlainTextReadme) {
  FixtureRepo repo = testing::MakePythonPackageRepo();
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(ValueOf(sheet, FactKind::kProjectName), "tabletidy");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLicense), "BSD-3-Clause");
  EXPECT_EQ(ValueOf(sheet, FactKind::kDependencyCount), "2");
  EXPECT_EQ(ValueOf(sheet, FactKind::kHomepage), "https://example.com/tabletidy");
  EXPECT_EQ(ValueOf(sheet, FactKind::kChangelogEntry), "2.0.0");
  EXPECT_NE(ValueOf(sheet, FactKind::kSummary).find("trims cells"), std::string::npos);
}

struct ReadmeNameCase {
  const char* file;
  const char* text;
};

class ReadmeNames : public ::testing::TestWithParam<ReadmeNameCase> {};

TEST_P(ReadmeNames, AnyCommonNameCaseAndFormatIsRead) {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write(GetParam().file, GetParam().text);
  repo.Write("main.py", "print('hi')\n");
  repo.Commit("init");
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(ValueOf(sheet, FactKind::kSummary),
            "Widget makes small widgets from large ones quickly.")
      << GetParam().file;
  ASSERT_FALSE(sheet.documents.empty());
  EXPECT_EQ(sheet.documents.front().title, GetParam().file);
}

INSTANTIATE_TEST_SUITE_P(
    Variants, ReadmeNames,
    ::testing::Values(
        ReadmeNameCase{"README.md",
                       "# widget\n\nWidget makes small widgets from large ones quickly.\n"},
        ReadmeNameCase{"readme.md",
                       "# widget\n\nWidget makes small widgets from large ones quickly.\n"},
        ReadmeNameCase{"Readme.markdown",
                       "widget\n======\n\nWidget makes small widgets from large ones quickly.\n"},
        ReadmeNameCase{"readme.rst",
                       "widget\n======\n\nWidget makes small widgets from large ones quickly.\n"},
        ReadmeNameCase{"README.txt",
                       "widget\n\nWidget makes small widgets from large ones quickly.\n"},
        ReadmeNameCase{"README",
                       "widget\n\nWidget makes small widgets from large ones\nquickly.\n"}));

TEST(IngestPath, MarkdownReadmePreferredOverTranslations) {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("README.zh-CN.md", "# 小部件\n\n这是一个小部件工具，用于测试翻译版本的说明文件。\n");
  repo.Write("README.md", "# widget\n\nWidget makes small widgets from large ones quickly.\n");
  repo.Commit("init");
  EXPECT_EQ(MustIngest(repo.path()).documents.front().title, "README.md");
}

TEST(IngestPath, MissingPathIsInputError) {
  auto sheet = IngestPath("/nonexistent/repopost/path", {});
  ASSERT_FALSE(sheet);
  EXPECT_EQ(sheet.error().code, core::ErrorCode::kInput);
  EXPECT_EQ(sheet.error().message, "/nonexistent/repopost/path does not exist.");
}

TEST(IngestPath, FilePathIsInputError) {
  FixtureRepo repo = testing::MakeNoReadmeRepo();
  auto sheet = IngestPath((repo.path() / "main.c").string(), {});
  ASSERT_FALSE(sheet);
  EXPECT_EQ(sheet.error().code, core::ErrorCode::kInput);
  EXPECT_NE(sheet.error().message.find("is a file"), std::string::npos);
}

TEST(IngestPath, EmptyRepositoryIsInputError) {
  FixtureRepo repo = FixtureRepo::Create();
  auto sheet = IngestPath(repo.path().string(), {});
  ASSERT_FALSE(sheet);
  EXPECT_EQ(sheet.error().code, core::ErrorCode::kInput);
  EXPECT_NE(sheet.error().message.find("empty git repository"), std::string::npos);
}

TEST(IngestPath, RepositoryWithoutCommitsReadsWorkTreeWithWarning) {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("README.md", "# draft\n\nA draft project that has not been committed yet.\n");
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_TRUE(sheet.commit.empty());
  EXPECT_EQ(sheet.First(FactKind::kCommitCount), nullptr);
  EXPECT_TRUE(HasWarningContaining(sheet, "no commits yet"));
}

TEST(IngestPath, BareRepositoryReadsHeadTree) {
  FixtureRepo repo = FixtureRepo::Create(/*bare=*/true);
  repo.Write("README.md", "# barelib\n\nA library that lives in a bare repository only.\n");
  repo.Write("lib.c", "int x;\n");
  repo.Commit("init");
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(ValueOf(sheet, FactKind::kProjectName), "barelib");
  EXPECT_EQ(ValueOf(sheet, FactKind::kCommitCount), "1");
  EXPECT_EQ(ValueOf(sheet, FactKind::kFileCount), "2");
}

TEST(IngestPath, DetachedHeadReadsThatCommit) {
  FixtureRepo repo = testing::MakeCliToolRepo();
  repo.DetachHead();
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(ValueOf(sheet, FactKind::kCommitCount), "7");
  EXPECT_EQ(ValueOf(sheet, FactKind::kProjectName), "tidyjson");
}

TEST(IngestPath, PlainDirectoryHasNoHistoryFacts) {
  char pattern[] = "/tmp/repopost-plain-XXXXXX";
  ASSERT_NE(mkdtemp(pattern), nullptr);
  std::filesystem::path dir = pattern;
  std::ofstream(dir / "README.md")
      << "# plain\n\nA plain directory that is not a git repository.\n";
  std::filesystem::create_directories(dir / "src");
  std::ofstream(dir / "src" / "a.rs") << "fn main() {}\n";
  std::filesystem::create_directory_symlink(dir, dir / "src" / "loop");  // a symlink loop
  core::FactSheet sheet = MustIngest(dir);
  EXPECT_TRUE(sheet.commit.empty());
  EXPECT_EQ(ValueOf(sheet, FactKind::kProjectName), "plain");
  EXPECT_EQ(sheet.First(FactKind::kCommitCount), nullptr);
  EXPECT_EQ(ValueOf(sheet, FactKind::kFileCount), "2");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLanguage), "Rust");
  EXPECT_EQ(sheet.First(FactKind::kSummary)->provenance.commit, "");
  std::filesystem::remove_all(dir);
}

TEST(IngestPath, EmptyPlainDirectoryIsInputError) {
  char pattern[] = "/tmp/repopost-empty-XXXXXX";
  ASSERT_NE(mkdtemp(pattern), nullptr);
  auto sheet = IngestPath(pattern, {});
  ASSERT_FALSE(sheet);
  EXPECT_EQ(sheet.error().code, core::ErrorCode::kInput);
  std::filesystem::remove_all(pattern);
}

TEST(IngestPath, SymlinksInTreeAreNotFollowed) {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("README.md", "# links\n\nA repository whose tree contains symbolic links.\n");
  repo.Symlink("self", ".");
  repo.Symlink("README.rst", "README.md");
  repo.Commit("init");
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(ValueOf(sheet, FactKind::kFileCount), "1");
}

TEST(IngestPath, HugeReadmeIsTruncatedWithWarning) {
  FixtureRepo repo = FixtureRepo::Create();
  std::string readme = "# huge\n\nA project whose README is ten megabytes long.\n\n";
  while (readme.size() < 10u * 1024 * 1024) readme += "Lorem ipsum dolor sit amet, consectetur.\n";
  repo.Write("README.md", readme);
  repo.Commit("init");
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_TRUE(HasWarningContaining(sheet, "README.md is larger than 1024 KiB"));
  EXPECT_LE(sheet.documents.front().text.size(), IngestOptions{}.max_file_bytes);
  EXPECT_EQ(ValueOf(sheet, FactKind::kSummary), "A project whose README is ten megabytes long.");
}

TEST(IngestPath, BinaryReadmeIsSkippedAndInvalidUtf8Repaired) {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("README.md", std::string("# bin\0\x01\x02 data", 13));
  repo.Write("CHANGELOG.md", "# Changes\n\n## 1.0.0\n\n- caf\xe9 fix \xff\xfe\n");
  repo.Commit("init");
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_TRUE(HasWarningContaining(sheet, "README.md is a binary file"));
  EXPECT_TRUE(HasWarningContaining(sheet, "CHANGELOG.md is not valid UTF-8"));
  EXPECT_EQ(ValueOf(sheet, FactKind::kChangelogEntry), "1.0.0");
  EXPECT_NE(sheet.First(FactKind::kChangelogEntry)->detail.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(IngestPath, BrokenHistoryDegradesWithWarning) {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("README.md", "# broken\n\nA repository with a missing commit in its history.\n");
  const std::string first = repo.Commit("first", "Ada Lovelace", "ada@example.com", 1700000000);
  repo.Commit("second", "Ada Lovelace", "ada@example.com", 1700000100);
  repo.Commit("third", "Ada Lovelace", "ada@example.com", 1700000200);
  ASSERT_TRUE(repo.DeleteLooseObject(first));
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_TRUE(HasWarningContaining(sheet, "History is incomplete"));
  ASSERT_NE(sheet.First(FactKind::kCommitCount), nullptr);
  EXPECT_EQ(sheet.First(FactKind::kCommitCount)->detail, "at least");
  EXPECT_EQ(ValueOf(sheet, FactKind::kProjectName), "broken");
}

TEST(IngestPath, MissingHeadCommitIsInputError) {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("a.txt", "a\n");
  const std::string head = repo.Commit("only");
  ASSERT_TRUE(repo.DeleteLooseObject(head));
  auto sheet = IngestPath(repo.path().string(), {});
  ASSERT_FALSE(sheet);
  EXPECT_EQ(sheet.error().code, core::ErrorCode::kInput);
}

TEST(IngestPath, HugeFilesAreCappedByOptions) {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("README.md", "# capped\n\nA project used to check the per-file cap option.\n\n" +
                              std::string(5000, 'x'));
  repo.Commit("init");
  IngestOptions options;
  options.max_file_bytes = 1024;
  core::FactSheet sheet = MustIngest(repo.path(), options);
  EXPECT_EQ(sheet.documents.front().text.size(), 1024u);
  EXPECT_TRUE(HasWarningContaining(sheet, "truncated"));
}

TEST(IngestPath, MailmapMergesAuthorIdentities) {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("a.txt", "1\n");
  repo.Commit("one", "Ada Lovelace", "ada@example.com", 1700000000);
  repo.Write("a.txt", "2\n");
  repo.Commit("two", "ada", "ada@old-laptop.local", 1700000100);
  repo.Write("a.txt", "3\n");
  repo.Commit("three", "Grace Hopper", "grace@example.com", 1700000200);
  EXPECT_EQ(ValueOf(MustIngest(repo.path()), FactKind::kAuthorCount), "3");
  repo.Write(".mailmap", "Ada Lovelace <ada@example.com> ada <ada@old-laptop.local>\n");
  repo.Commit("add mailmap", "Grace Hopper", "grace@example.com", 1700000300);
  EXPECT_EQ(ValueOf(MustIngest(repo.path()), FactKind::kAuthorCount), "2");
}

TEST(IngestPath, ThousandsOfCommitsWithTags) {
  FixtureRepo repo = testing::MakeLongHistoryRepo(2001, 60);
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(ValueOf(sheet, FactKind::kCommitCount), "2001");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLatestTag), "v0.4.0");
  EXPECT_EQ(ValueOf(sheet, FactKind::kCommitsSinceTag), "0");
  EXPECT_EQ(ValueOf(sheet, FactKind::kAuthorCount), "4");
  EXPECT_EQ(ValuesOf(sheet, FactKind::kRecentCommit).size(), 20u);
  EXPECT_EQ(ValueOf(sheet, FactKind::kRecentCommit), "feat: change 2000");
  EXPECT_EQ(sheet.First(FactKind::kFirstCommit)->detail, "feat: change 0");
}

TEST(IngestPath, MaxCommitsMarksCountAsPartial) {
  FixtureRepo repo = testing::MakeLongHistoryRepo(50, 5);
  IngestOptions options;
  options.max_commits = 10;
  core::FactSheet sheet = MustIngest(repo.path(), options);
  EXPECT_EQ(ValueOf(sheet, FactKind::kCommitCount), "10");
  EXPECT_EQ(sheet.First(FactKind::kCommitCount)->detail, "at least");
}

TEST(IngestPath, RepoDocsReplayOfFzf) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  FixtureRepo repo =
      testing::FromRepoDocs(std::filesystem::path(REPOPOST_SHARED_DIR) / "data/repo-docs/fzf");
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(ValueOf(sheet, FactKind::kProjectName), "fzf");
  EXPECT_EQ(sheet.First(FactKind::kProjectName)->provenance.field, "go.mod:module");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLanguage), "Go");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLicense), "MIT");
  EXPECT_EQ(ValueOf(sheet, FactKind::kChangelogEntry), "0.74.3");
  EXPECT_EQ(ValueOf(sheet, FactKind::kCommitCount), "300");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLastCommitDate), "2026-08-21");
  EXPECT_EQ(ValueOf(sheet, FactKind::kRecentCommit),
            "Fix CI: Pin nushell version to 0.114 (#4898)");
}

TEST(IngestPath, RepoDocsReplayOfLevelDbReadsNews) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  FixtureRepo repo =
      testing::FromRepoDocs(std::filesystem::path(REPOPOST_SHARED_DIR) / "data/repo-docs/leveldb");
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(ValueOf(sheet, FactKind::kProjectName), "leveldb");  // its README has no title
  EXPECT_EQ(ValueOf(sheet, FactKind::kChangelogEntry), "1.2");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLicense), "BSD-3-Clause");
  EXPECT_EQ(ValueOf(sheet, FactKind::kLanguage), "C++");
}

TEST(IngestPath, DocsFrontMatterTitleAndExampleFolderInfrastructure) {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("docs/cli.mdx", "---\ntitle: \"Command line\"\n---\n\nText.\n");
  repo.Write("examples/README.md", "# Examples\n");
  repo.Write("examples/.gitignore", "build\n");
  repo.Write("examples/CMakeLists.txt", "add_subdirectory(server)\n");
  repo.Write("examples/server/README.md", "# Server\n\nA tiny HTTP server example.\n");
  repo.Write("examples/server/main.cc", "int main() {}\n");
  repo.Commit("init");
  core::FactSheet sheet = MustIngest(repo.path());
  EXPECT_EQ(ValueOf(sheet, FactKind::kDocsPage), "Command line");
  EXPECT_EQ(sheet.First(FactKind::kDocsPage)->provenance.line_begin, 2);
  EXPECT_EQ(ValuesOf(sheet, FactKind::kExample), (std::vector<std::string>{"server"}));
  EXPECT_EQ(sheet.First(FactKind::kExample)->detail, "Server");
  EXPECT_EQ(sheet.First(FactKind::kExample)->provenance.path, "examples/server/README.md");
}

TEST(IngestText, MarkdownTextBecomesUserTextDocumentWithFacts) {
  auto sheet = IngestText(
      "# notes\n\nRepopost turns repositories into grounded posts.\n\n## Features\n\n- offline\n",
      "notes.md", {});
  ASSERT_TRUE(sheet);
  ASSERT_EQ(sheet->documents.size(), 1u);
  EXPECT_EQ(sheet->documents[0].kind, core::SourceKind::kUserText);
  EXPECT_EQ(ValueOf(*sheet, FactKind::kSummary),
            "Repopost turns repositories into grounded posts.");
  EXPECT_EQ(sheet->First(FactKind::kSummary)->provenance.path, "notes.md");
  EXPECT_EQ(ValueOf(*sheet, FactKind::kFeature), "offline");
  EXPECT_EQ(ValueOf(*sheet, FactKind::kProjectName), "notes");
}

TEST(IngestText, EmptyTextIsInputError) {
  auto sheet = IngestText("  \n\n", "-", {});
  ASSERT_FALSE(sheet);
  EXPECT_EQ(sheet.error().code, core::ErrorCode::kInput);
}

TEST(IngestText, InvalidUtf8IsRepairedWithWarning) {
  auto sheet = IngestText("A tool \xff\xfe that works on bytes and text alike.", "-", {});
  ASSERT_TRUE(sheet);
  EXPECT_TRUE(HasWarningContaining(*sheet, "not valid UTF-8"));
}

}  // namespace
}  // namespace repopost::ingest
