// A small repository FactSheet for the safety tests: a README, a changelog and a few facts about
// a fictional fuzzy finder "quickfind".
#pragma once

#include "core/fact_sheet.h"

namespace repopost::safety::testing {

inline core::FactSheet SampleRepo() {
  core::FactSheet sheet;
  sheet.source = "/src/quickfind";
  core::Document readme;
  readme.kind = core::SourceKind::kReadme;
  readme.title = "README.md";
  readme.provenance.path = "README.md";
  readme.provenance.line_begin = 1;
  readme.text =
      "# quickfind\n\n"
      "quickfind is a fast command-line fuzzy finder written in Go.\n\n"
      "## Features\n\n"
      "- Filters 1,000,000 lines in about 40 ms on a laptop.\n"
      "- Works with Vim, Neovim and tmux.\n"
      "- Single binary with zero dependencies.\n"
      "- Up to 3x faster than grep on large inputs.\n"
      "- It does not require root to install.\n\n"
      "## Install\n\n"
      "Install it with Homebrew: brew install quickfind\n\n"
      "## License\n\nMIT licensed. Maintained by Jane Doe.\n";
  sheet.AddDocument(readme);
  core::Document changelog;
  changelog.kind = core::SourceKind::kChangelog;
  changelog.title = "CHANGELOG.md";
  changelog.provenance.path = "CHANGELOG.md";
  changelog.provenance.line_begin = 1;
  changelog.text =
      "## 0.54.3\n\n- Added a preview window for files.\n- Fixed a crash on empty input.\n";
  sheet.AddDocument(changelog);
  core::Provenance git;
  git.field = "git:history";
  sheet.Add(core::FactKind::kProjectName, "quickfind", git);
  sheet.Add(core::FactKind::kDescription, "a fast command-line fuzzy finder written in Go", git);
  sheet.Add(core::FactKind::kCommitCount, "10432", git);
  sheet.Add(core::FactKind::kLanguage, "Go", git, "92.5%");
  sheet.Add(core::FactKind::kLicense, "MIT", git);
  sheet.Add(core::FactKind::kLatestTag, "v0.54.3", git, "2024-06-01");
  sheet.Add(core::FactKind::kFirstCommit, "2013-10-05", git, "Initial commit");
  return sheet;
}

}  // namespace repopost::safety::testing
