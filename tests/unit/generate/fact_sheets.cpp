#include "fact_sheets.h"

namespace repopost::generate::testing {
namespace {
using core::FactKind;
using core::Provenance;

Provenance File(const std::string& path, int begin = 0, int end = 0) {
  Provenance p;
  p.path = path;
  p.line_begin = begin;
  p.line_end = end;
  return p;
}
Provenance Field(const std::string& field) {
  Provenance p;
  p.field = field;
  return p;
}
Provenance Git() {
  Provenance p;
  p.path = "";
  p.field = "git:history";
  p.commit = "4f1c2a9e0b7d";
  return p;
}
}  // namespace

core::FactSheet RichCliTool() {
  core::FactSheet s;
  s.source = "/src/fzf";
  s.commit = "4f1c2a9e0b7d";
  s.Add(FactKind::kProjectName, "fzf", Field("go.mod:module"));
  s.Add(FactKind::kDescription, "A command-line fuzzy finder", File("README.md", 3, 3));
  s.Add(FactKind::kSummary,
        "fzf is a general-purpose command-line fuzzy finder. It's an interactive filter program "
        "for any kind of list; files, command history, processes, hostnames, bookmarks, git "
        "commits, etc.",
        File("README.md", 5, 8));
  s.Add(FactKind::kRepositoryUrl, "https://github.com/junegunn/fzf", Field("go.mod:module"));
  s.Add(FactKind::kLicense, "MIT", File("LICENSE"));
  s.Add(FactKind::kLanguage, "Go", File(""), "81.2%");
  s.Add(FactKind::kLanguage, "Shell", File(""), "12.5%");
  s.Add(FactKind::kLanguage, "Ruby", File(""), "6.3%");
  s.Add(FactKind::kTopic, "cli", Field("github:topics"));
  s.Add(FactKind::kTopic, "fuzzy-search", Field("github:topics"));
  s.Add(FactKind::kDependencyCount, "4", Field("go.mod:require"));
  s.Add(FactKind::kCommitCount, "3412", Git());
  s.Add(FactKind::kFirstCommit, "2013-10-23", Git(), "Initial commit");
  s.Add(FactKind::kAuthorCount, "286", Git());
  s.Add(FactKind::kLatestTag, "v0.54.3", Git(), "2024-07-28");
  s.Add(FactKind::kCommitsSinceTag, "12", Git());
  s.Add(FactKind::kChangelogEntry, "0.54.3", File("CHANGELOG.md", 1, 9),
        "Fixed incompatibility of adaptive height specification and 'start:reload'\n"
        "Fixed `--preview-window` `follow` option\n"
        "Added `--with-shell` option to start child processes with a custom shell");
  s.Add(FactKind::kFeature, "Portable, no dependencies", File("README.md", 20, 20));
  s.Add(FactKind::kFeature, "Blazingly fast", File("README.md", 21, 21));
  s.Add(FactKind::kFeature, "The most comprehensive feature set", File("README.md", 22, 22));
  s.Add(FactKind::kFeature, "Flexible layout", File("README.md", 23, 23));
  s.Add(FactKind::kFeature,
        "Batteries included: **vim/neovim** plugin, key bindings, and fuzzy auto-completion",
        File("README.md", 24, 24));
  s.Add(FactKind::kInstallCommand, "brew install fzf", File("README.md", 60, 60), "sh");
  s.Add(FactKind::kUsageSnippet, "find * -type f | fzf > selected", File("README.md", 120, 121),
        "sh");
  s.Add(FactKind::kPlatform, "Linux", File("README.md", 40, 40));
  s.Add(FactKind::kPlatform, "macOS", File("README.md", 41, 41));
  s.Add(FactKind::kPlatform, "Windows", File("README.md", 42, 42));
  s.Add(FactKind::kProperty, "no dependencies", File("README.md", 20, 20));
  s.Add(FactKind::kFileCount, "312", Git());
  s.Add(FactKind::kLineCount, "21344", Git());
  s.Add(FactKind::kExample, "ADVANCED.md", File("ADVANCED.md"), "Advanced fzf examples");
  return s;
}

core::FactSheet LibraryWithBenchmarks() {
  core::FactSheet s;
  s.source = "/src/leveldb";
  s.commit = "99b3c03b3284";
  s.Add(FactKind::kProjectName, "leveldb", Field("CMakeLists.txt:project"));
  s.Add(FactKind::kDescription,
        "LevelDB is a fast key-value storage library written at Google that provides an ordered "
        "mapping from string keys to string values.",
        File("README.md", 1, 2));
  s.Add(FactKind::kVersion, "1.23.0", Field("CMakeLists.txt:project"));
  s.Add(FactKind::kLicense, "BSD-3-Clause", File("LICENSE"));
  s.Add(FactKind::kLanguage, "C++", File(""), "93.0%");
  s.Add(FactKind::kLanguage, "C", File(""), "4.1%");
  s.Add(FactKind::kFeature, "Keys and values are arbitrary byte arrays.",
        File("README.md", 10, 10));
  s.Add(FactKind::kFeature, "Data is stored sorted by key.", File("README.md", 11, 11));
  s.Add(FactKind::kFeature,
        "Callers can provide a custom comparison function to override the sort order.",
        File("README.md", 12, 12));
  s.Add(FactKind::kFeature, "Multiple changes can be made in one atomic batch.",
        File("README.md", 14, 14));
  s.Add(FactKind::kFeature,
        "Data is automatically compressed using the Snappy compression library.",
        File("README.md", 18, 18));
  s.Add(FactKind::kBenchmark,
        "Sequential writes run at 1.4 MB/s per the db_bench run on 1000000 entries.",
        File("README.md", 90, 92));
  s.Add(FactKind::kBenchmark, "Random reads reach 190000 ops/sec with a warm cache.",
        File("README.md", 110, 111));
  s.Add(FactKind::kPlatform, "POSIX", File("README.md", 30, 30));
  s.Add(FactKind::kDependencyCount, "0", Field("CMakeLists.txt:find_package"));
  s.Add(FactKind::kCommitCount, "1780", Git());
  s.Add(FactKind::kFirstCommit, "2011-03-18", Git(), "sync with upstream @21409451");
  s.Add(FactKind::kAuthorCount, "91", Git());
  s.Add(FactKind::kLatestTag, "1.23", Git(), "2021-02-23");
  s.Add(FactKind::kChangelogEntry, "Release 1.2 2011-05-16", File("NEWS", 1, 8),
        "Fixed bug in Iterator::Prev where it would return the wrong key.\n"
        "Added db_bench flag for compression");
  s.Add(FactKind::kInstallCommand, "cmake -DCMAKE_BUILD_TYPE=Release .. && cmake --build .",
        File("README.md", 40, 40), "bash");
  s.Add(FactKind::kDocsPage, "Implementation notes", File("doc/impl.md"));
  s.Add(FactKind::kDocsPage, "Log format", File("doc/log_format.md"));
  s.Add(FactKind::kRepositoryUrl, "https://github.com/google/leveldb", Field("README.md"));
  return s;
}

core::FactSheet ThinRepo() {
  core::FactSheet s;
  s.source = "/src/scratch";
  s.commit = "0a1b2c3d4e5f";
  s.Add(FactKind::kProjectName, "scratch", Field("directory name"));
  s.Add(FactKind::kLanguage, "Python", File(""), "100.0%");
  s.Add(FactKind::kFileCount, "2", Git());
  s.Add(FactKind::kCommitCount, "3", Git());
  return s;
}

core::FactSheet UnicodeNames() {
  core::FactSheet s;
  s.source = "/src/ünïcode";
  s.Add(FactKind::kProjectName, "Zürich-ツール", Field("package.json:name"));
  s.Add(FactKind::kDescription, "Ein schneller Übersetzer für Dateinamen — 日本語対応",
        Field("package.json:description"));
  s.Add(FactKind::kLicense, "Apache-2.0", Field("package.json:license"));
  s.Add(FactKind::kLanguage, "TypeScript", File(""), "90.0%");
  s.Add(FactKind::kKeyword, "übersetzung", Field("package.json:keywords"));
  s.Add(FactKind::kKeyword, "i18n", Field("package.json:keywords"));
  s.Add(FactKind::kFeature, "Unterstützt Émoji 🎉 und Umlaute", File("README.md", 8, 8));
  s.Add(FactKind::kFeature, "Ключевая функция: перевод имён файлов", File("README.md", 9, 9));
  s.Add(FactKind::kInstallCommand, "npm install zürich-tool", File("README.md", 12, 12), "sh");
  s.Add(FactKind::kVersion, "2.0.0-β.1", Field("package.json:version"));
  s.Add(FactKind::kCommitCount, "57", Git());
  s.Add(FactKind::kFirstCommit, "2022-01-02", Git(), "Erster Commit: Grundgerüst");
  s.Add(FactKind::kAuthorCount, "3", Git());
  s.Add(FactKind::kFileCount, "24", Git());
  s.Add(FactKind::kLineCount, "1890", Git());
  return s;
}

core::FactSheet HugeFeatureList() {
  core::FactSheet s;
  s.source = "/src/kitchen-sink";
  s.Add(FactKind::kProjectName, "kitchen-sink", Field("Cargo.toml:package.name"));
  s.Add(FactKind::kDescription, "An everything-included toolkit for building HTTP services",
        Field("Cargo.toml:package.description"));
  s.Add(FactKind::kLicense, "MIT OR Apache-2.0", Field("Cargo.toml:package.license"));
  s.Add(FactKind::kLanguage, "Rust", File(""), "99.0%");
  s.Add(FactKind::kKeyword, "web", Field("Cargo.toml:package.keywords"));
  s.Add(FactKind::kKeyword, "http", Field("Cargo.toml:package.keywords"));
  s.Add(FactKind::kKeyword, "async", Field("Cargo.toml:package.keywords"));
  s.Add(FactKind::kKeyword, "server", Field("Cargo.toml:package.keywords"));
  s.Add(FactKind::kKeyword, "framework", Field("Cargo.toml:package.keywords"));
  s.Add(FactKind::kKeyword, "middleware", Field("Cargo.toml:package.keywords"));
  for (int i = 1; i <= 400; ++i) {
    std::string feature = "Feature number " + std::to_string(i) + ": handler_" + std::to_string(i) +
                          " with routing, middleware and typed extractors";
    if (i % 7 == 0) feature += std::string(200, 'x');  // over-long bullets must be skipped
    s.Add(FactKind::kFeature, feature, File("README.md", 20 + i, 20 + i));
  }
  for (int i = 1; i <= 50; ++i) {
    s.Add(FactKind::kBenchmark,
          "Handles " + std::to_string(i * 1000) + " requests per second in the hello_" +
              std::to_string(i) + " benchmark.",
          File("BENCHMARKS.md", i, i));
  }
  s.Add(FactKind::kInstallCommand, "cargo add kitchen-sink", File("README.md", 10, 10), "sh");
  s.Add(FactKind::kCommitCount, "10432", Git());
  s.Add(FactKind::kFirstCommit, "2019-06-01", Git(),
        "Initial commit with a very long subject line that keeps going and going past sixty "
        "characters");
  s.Add(FactKind::kLatestTag, "v3.14.159", Git(), "2024-03-14");
  s.Add(FactKind::kRepositoryUrl, "https://example.org/kitchen-sink",
        Field("Cargo.toml:package.repository"));
  return s;
}

std::vector<NamedSheet> AllHandMadeSheets() {
  return {{"rich-cli", RichCliTool()},
          {"library-benchmarks", LibraryWithBenchmarks()},
          {"thin", ThinRepo()},
          {"unicode", UnicodeNames()},
          {"huge-features", HugeFeatureList()}};
}

}  // namespace repopost::generate::testing
