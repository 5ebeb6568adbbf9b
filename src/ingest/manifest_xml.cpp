// pom.xml (Maven) and *.csproj (.NET). Both are read as text with RE2: the elements ingest needs
// are simple, and a full XML parser would be a dependency for a handful of fields.
#include <re2/re2.h>

#include <string>

#include "ingest/manifest.h"

namespace repopost::ingest {
namespace {

// Removes every <tag ...>...</tag> block (nested blocks whose fields must not be mistaken for the
// project's own: <parent>, <build>, <dependencyManagement>, <profiles>, <plugins>).
std::string Without(std::string text, const std::string& tag) {
  const std::string open = "<" + tag, close = "</" + tag + ">";
  for (std::size_t start = text.find(open); start != std::string::npos;
       start = text.find(open, start)) {
    const std::size_t end = text.find(close, start);
    if (end == std::string::npos) break;
    text.erase(start, end + close.size() - start);
  }
  return text;
}

std::string Element(const std::string& text, const std::string& tag) {
  std::string value;
  RE2 re("<" + tag + R"((?:\s[^>]*)?>\s*([^<]*?)\s*</)" + tag + ">");
  if (!re.ok()) return "";
  RE2::PartialMatch(text, re, &value);
  return value;
}

void Pom(const std::string& raw, Manifest& out) {
  out.ecosystem = "maven";
  std::string text = raw;
  for (const char* tag : {"parent", "build", "dependencyManagement", "profiles", "reporting",
                          "developers", "distributionManagement"}) {
    text = Without(text, tag);
  }
  const std::string without_deps = Without(text, "dependencies");
  out.name = Element(without_deps, "artifactId");
  out.description = Element(without_deps, "description");
  out.version = Element(without_deps, "version");
  out.homepage = Element(without_deps, "url");
  std::string license_block;
  RE2::PartialMatch(text, R"((?s)<licenses>(.*?)</licenses>)", &license_block);
  out.license = Element(license_block, "name");
  std::string deps;
  RE2::PartialMatch(text, R"((?s)<dependencies>(.*?)</dependencies>)", &deps);
  re2::StringPiece input(deps);
  std::string block;
  static const RE2 kDependency(R"((?s)<dependency>(.*?)</dependency>)");
  while (RE2::FindAndConsume(&input, kDependency, &block)) {
    const std::string scope = Element(block, "scope");
    if (scope == "test" || scope == "provided") continue;
    out.dependencies.push_back({Element(block, "groupId") + ":" + Element(block, "artifactId"),
                                Element(block, "version")});
  }
  out.are_dependencies_complete = true;
}

void Csproj(const std::string& text, Manifest& out) {
  out.ecosystem = "dotnet";
  out.name = Element(text, "PackageId");
  if (out.name.empty()) out.name = Element(text, "AssemblyName");
  if (out.name.empty()) {
    std::string file =
        out.path.substr(out.path.rfind('/') == std::string::npos ? 0 : out.path.rfind('/') + 1);
    out.name = file.substr(0, file.size() - 7);  // strip ".csproj"
  }
  out.description = Element(text, "Description");
  out.version = Element(text, "Version");
  out.license = Element(text, "PackageLicenseExpression");
  out.homepage = Element(text, "PackageProjectUrl");
  out.repository = Element(text, "RepositoryUrl");
  std::string tags = Element(text, "PackageTags");
  std::string keyword;
  for (char c : tags + ";") {
    if (c == ';' || c == ' ' || c == ',') {
      if (!keyword.empty()) out.keywords.push_back(keyword);
      keyword.clear();
    } else {
      keyword += c;
    }
  }
  static const RE2 kReference(
      R"re(<PackageReference\s+Include="([^"]+)"(?:\s+Version="([^"]*)")?)re");
  re2::StringPiece input(text);
  std::string name, version;
  while (RE2::FindAndConsume(&input, kReference, &name, &version)) {
    out.dependencies.push_back({name, version});
    version.clear();
  }
  out.are_dependencies_complete = true;
}

}  // namespace

core::Status ParseXmlManifest(std::string_view text, Manifest& out) {
  const std::string content(text);
  const bool is_pom = out.path.find("pom.xml") != std::string::npos;
  if (content.find(is_pom ? "<project" : "<Project") == std::string::npos) {
    return core::Fail(core::ErrorCode::kInput, out.path + " has no <project> element.");
  }
  if (is_pom) {
    Pom(content, out);
  } else {
    Csproj(content, out);
  }
  return core::Ok();
}

}  // namespace repopost::ingest
