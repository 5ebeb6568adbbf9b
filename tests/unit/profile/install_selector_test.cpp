// Install lines and first use: what a user runs to get the product, never a build, test or
// contributor step, a grammar example or another package.
#include <gtest/gtest.h>

#include "profile/profile_builder.h"
#include "readme_sheet.h"

namespace repopost::profile {
namespace {

ProjectProfile FromReadme(const std::string& readme, const std::string& manifest_path = "",
                          const std::string& manifest = "") {
  return BuildProfile(testing::ReadmeSheet(readme, manifest_path, manifest));
}

TEST(SelectInstall, PrefersThePackageManagerLineOfTheProduct) {
  const auto p = FromReadme(
      "# demo\n\nDemo is a tool.\n\n## Installation\n\n```sh\n$ pip install demo\n```\n\n"
      "## Development\n\n```sh\ngit clone https://github.com/o/demo\npip install -e .\n```\n",
      "pyproject.toml", "[project]\nname = \"demo\"\nversion = \"1.0.0\"\n");
  ASSERT_FALSE(p.install.empty());
  EXPECT_EQ(p.install.front().command, "pip install demo");
  for (const InstallLine& l : p.install) EXPECT_EQ(l.command.find("-e ."), std::string::npos);
}

TEST(SelectInstall, GrammarExamplesAndOtherPackagesAreNotInstallLines) {
  const auto p = FromReadme(
      "# cobra\n\nCobra is a library.\n\n## Usage\n\n```\ngit clone URL --bare\n```\n\n"
      "## Installation\n\n```\ngo get -u github.com/spf13/cobra@latest\nnpm install "
      "left-pad\n```\n",
      "go.mod", "module github.com/spf13/cobra\n");
  ASSERT_EQ(p.install.size(), 1u);
  EXPECT_EQ(p.install.front().command, "go get -u github.com/spf13/cobra@latest");
}

TEST(SelectInstall, TestBuildFlagsAreNotInstallLines) {
  const auto p = FromReadme(
      "# json\n\nJSON for Modern C++ is a library.\n\n## Installation\n\n```sh\n"
      "cmake .. -DJSON_BuildTests=On\n```\n");
  EXPECT_TRUE(p.install.empty());
}

TEST(SelectFirstUse, IsTheFirstLineThatRunsTheProduct) {
  const auto p = FromReadme(
      "# fzf\n\nfzf is a fuzzy finder.\n\n## Installation\n\n```sh\nbrew install fzf\n```\n\n"
      "## Usage\n\n```sh\n# pick a file\nfind * -type f | fzf > selected\n```\n");
  EXPECT_EQ(p.first_use, "find * -type f | fzf > selected");
}

}  // namespace
}  // namespace repopost::profile
