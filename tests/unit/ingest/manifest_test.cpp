#include "ingest/manifest.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/manifest_facts.h"
#include "support/shared_data.h"

namespace repopost::ingest {
namespace {

std::string ReadRepoDoc(const std::string& rel) {
  std::ifstream in(std::filesystem::path(REPOPOST_SHARED_DIR) / "data/repo-docs" / rel);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct ManifestCase {
  const char* path;
  const char* text;
  const char* name;
  const char* version;
  const char* description;
  const char* license;
  std::size_t dependency_count;
  const char* first_dependency;
};

class ManifestKinds : public ::testing::TestWithParam<ManifestCase> {};

TEST_P(ManifestKinds, ReadsNameVersionDescriptionLicenseAndRuntimeDependencies) {
  const ManifestCase& c = GetParam();
  auto manifest = ParseManifest(c.path, c.text);
  ASSERT_TRUE(manifest) << manifest.error().message;
  EXPECT_EQ(manifest->name, c.name);
  EXPECT_EQ(manifest->version, c.version);
  EXPECT_EQ(manifest->description, c.description);
  EXPECT_EQ(manifest->license, c.license);
  ASSERT_EQ(manifest->dependencies.size(), c.dependency_count);
  if (c.dependency_count > 0) {
    EXPECT_EQ(manifest->dependencies[0].name, c.first_dependency);
  }
}

INSTANTIATE_TEST_SUITE_P(
    AllFormats, ManifestKinds,
    ::testing::Values(
        ManifestCase{"package.json",
                     R"({"name":"a","version":"1.0.0","description":"d","license":{"type":"MIT"},
                         "dependencies":{"left-pad":"^1.0.0"},"devDependencies":{"mocha":"1"}})",
                     "a", "1.0.0", "d", "MIT", 1, "left-pad"},
        ManifestCase{
            "composer.json",
            R"({"name":"v/p","description":"d","license":"MIT","require":{"php":">=8","ext-json":"*","guzzle/guzzle":"^7"}})",
            "v/p", "", "d", "MIT", 1, "guzzle/guzzle"},
        ManifestCase{
            "Cargo.toml",
            "[package]\nname = \"q\"\nversion = \"0.3.2\"\ndescription = \"d\"\nlicense = \"MIT\"\n"
            "[dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\n"
            "[dev-dependencies]\ncriterion = \"0.5\"\n",
            "q", "0.3.2", "d", "MIT", 1, "serde"},
        ManifestCase{
            "pyproject.toml",
            "[project]\nname = \"t\"\nversion = \"2.0\"\ndescription = \"d\"\n"
            "license = {text = \"BSD-3-Clause\"}\ndependencies = [\"pandas>=2.0\", \"click\"]\n",
            "t", "2.0", "d", "BSD-3-Clause", 2, "pandas"},
        ManifestCase{"pyproject.toml",
                     "[tool.poetry]\nname = \"p\"\nversion = \"1.1\"\ndescription = \"d\"\nlicense "
                     "= \"MIT\"\n"
                     "[tool.poetry.dependencies]\npython = \"^3.9\"\nrequests = \"^2\"\n",
                     "p", "1.1", "d", "MIT", 1, "requests"},
        ManifestCase{"setup.cfg",
                     "[metadata]\nname = s\nversion = 0.1\ndescription = d\nlicense = MIT\n"
                     "[options]\ninstall_requires =\n    numpy>=1.20\n    scipy\n",
                     "s", "0.1", "d", "MIT", 2, "numpy"},
        ManifestCase{
            "go.mod",
            "module github.com/o/tool/v2\n\ngo 1.22\n\nrequire (\n\tgithub.com/a/b v1.0.0\n"
            "\tgithub.com/c/d v0.1.0 // indirect\n)\nrequire github.com/e/f v2.0.0\n",
            "tool", "", "", "", 2, "github.com/a/b"},
        ManifestCase{
            "pom.xml",
            "<project><parent><artifactId>parent</artifactId><version>9</version></parent>"
            "<artifactId>lib</artifactId><version>1.2</version><description>d</description>"
            "<licenses><license><name>Apache-2.0</name></license></licenses><dependencies>"
            "<dependency><groupId>g</groupId><artifactId>x</artifactId><version>1</version></"
            "dependency>"
            "<dependency><groupId>g</groupId><artifactId>junit</artifactId><scope>test</scope></"
            "dependency>"
            "</dependencies></project>",
            "lib", "1.2", "d", "Apache-2.0", 1, "g:x"},
        ManifestCase{
            "build.gradle",
            "version = '1.4'\ndescription = 'd'\ndependencies {\n  implementation 'com.g:a:1.0'\n"
            "  testImplementation 'junit:junit:4'\n}\n",
            "", "1.4", "d", "", 1, "com.g:a"},
        ManifestCase{"build.gradle.kts",
                     "version = \"2.0\"\ndependencies {\n    implementation(\"io.k:core:3\")\n}\n",
                     "", "2.0", "", "", 1, "io.k:core"},
        ManifestCase{"gem.gemspec",
                     "Gem::Specification.new do |s|\n  s.name = 'gem'\n  s.version = '0.9'\n  "
                     "s.summary = 'd'\n"
                     "  s.license = 'MIT'\n  s.add_dependency 'rack', '~> 2'\n  "
                     "s.add_development_dependency 'rspec'\nend\n",
                     "gem", "0.9", "d", "MIT", 1, "rack"},
        ManifestCase{
            "CMakeLists.txt",
            "cmake_minimum_required(VERSION 3.20)\nproject(leveldb VERSION 1.23.0 LANGUAGES C CXX\n"
            "  DESCRIPTION \"d\")\n",
            "leveldb", "1.23.0", "d", "", 0, ""},
        ManifestCase{
            "mix.exs",
            "def project do\n [app: :plug, version: \"1.15.0\", description: \"d\", package: "
            "[licenses: [\"Apache-2.0\"]], deps: deps()]\nend\n"
            "defp deps do\n [{:mime, \"~> 2.0\"}, {:ex_doc, \"~> 0.1\", only: :docs}]\nend\n",
            "plug", "1.15.0", "d", "Apache-2.0", 1, "mime"},
        ManifestCase{"Package.swift",
                     "let package = Package(\n  name: \"Swifty\",\n  dependencies: [\n"
                     "    .package(url: \"https://github.com/apple/swift-nio.git\", from: "
                     "\"2.0.0\"),\n  ]\n)\n",
                     "Swifty", "", "", "", 1, "swift-nio"},
        ManifestCase{"pkg.cabal",
                     "name: pkg\nversion: 0.2\nsynopsis: d\nlicense: BSD3\n\nlibrary\n  "
                     "build-depends: base >=4 && <5, text, containers\n",
                     "pkg", "0.2", "d", "BSD3", 2, "text"},
        ManifestCase{"src/App.csproj",
                     "<Project "
                     "Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><PackageId>App</"
                     "PackageId><Version>3.1.0</Version>"
                     "<Description>d</Description><PackageLicenseExpression>MIT</"
                     "PackageLicenseExpression></PropertyGroup>"
                     "<ItemGroup><PackageReference Include=\"Newtonsoft.Json\" Version=\"13.0.1\" "
                     "/></ItemGroup></Project>",
                     "App", "3.1.0", "d", "MIT", 1, "Newtonsoft.Json"}));

TEST(ParseManifest, InvalidJsonIsAnInputErrorNamingTheFile) {
  auto manifest = ParseManifest("package.json", "{ not json");
  ASSERT_FALSE(manifest);
  EXPECT_EQ(manifest.error().code, core::ErrorCode::kInput);
  EXPECT_NE(manifest.error().message.find("package.json"), std::string::npos);
}

TEST(ParseManifest, InvalidTomlIsAnInputError) {
  EXPECT_FALSE(ParseManifest("Cargo.toml", "[package\nname ="));
}

TEST(ParseManifest, RealFzfGoModNamesModuleAndDirectDependencies) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  auto manifest = ParseManifest("go.mod", ReadRepoDoc("fzf/go.mod"));
  ASSERT_TRUE(manifest);
  EXPECT_EQ(manifest->module, "github.com/junegunn/fzf");
  EXPECT_EQ(manifest->name, "fzf");
  EXPECT_EQ(manifest->repository, "https://github.com/junegunn/fzf");
  EXPECT_EQ(manifest->dependencies.size(), 7u);  // the indirect block is not counted
  EXPECT_EQ(manifest->dependencies[0].name, "github.com/charlievieth/fastwalk");
  EXPECT_EQ(manifest->dependencies[0].constraint, "v1.0.14");
}

TEST(ParseManifest, RealIsOddPackageJson) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  auto manifest = ParseManifest("package.json", ReadRepoDoc("is-odd/package.json"));
  ASSERT_TRUE(manifest);
  EXPECT_EQ(manifest->name, "is-odd");
  EXPECT_EQ(manifest->version, "3.0.1");
  EXPECT_EQ(manifest->license, "MIT");
  ASSERT_EQ(manifest->dependencies.size(), 1u);
  EXPECT_EQ(manifest->dependencies[0].name, "is-number");
  EXPECT_EQ(manifest->keywords.size(), 10u);
  EXPECT_EQ(NormaliseRepositoryUrl(manifest->repository),
            "https://github.com/jonschlinkert/is-odd");
}

TEST(ParseManifest, RealAlignScorePyproject) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  auto manifest = ParseManifest("pyproject.toml", ReadRepoDoc("AlignScore/pyproject.toml"));
  ASSERT_TRUE(manifest) << manifest.error().message;
  EXPECT_EQ(manifest->name, "alignscore");
  EXPECT_EQ(manifest->version, "0.1.3");
}

TEST(IsManifestPath, TopLevelOnlyExceptProjectFiles) {
  EXPECT_TRUE(IsManifestPath("package.json"));
  EXPECT_FALSE(IsManifestPath("web/package.json"));
  EXPECT_TRUE(IsManifestPath("src/App.csproj"));
  EXPECT_FALSE(IsManifestPath("a/b/App.csproj"));
  EXPECT_FALSE(IsManifestPath("src/CMakeLists.txt"));
}

TEST(NormaliseRepositoryUrl, CommonSpellings) {
  EXPECT_EQ(NormaliseRepositoryUrl("git+https://github.com/o/r.git"), "https://github.com/o/r");
  EXPECT_EQ(NormaliseRepositoryUrl("git@github.com:o/r.git"), "https://github.com/o/r");
  EXPECT_EQ(NormaliseRepositoryUrl("o/r"), "https://github.com/o/r");
  EXPECT_EQ(NormaliseRepositoryUrl("not a url"), "");
}

}  // namespace
}  // namespace repopost::ingest
