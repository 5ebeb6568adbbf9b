// Line-based manifests: go.mod, setup.cfg, *.gemspec, CMakeLists.txt project(), mix.exs,
// Package.swift, *.cabal, build.gradle(.kts). Read with RE2 patterns for the fields each
// ecosystem writes by convention; code that computes a field is not evaluated.
#include <re2/re2.h>

#include <sstream>
#include <string>

#include "ingest/manifest.h"

namespace repopost::ingest {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Trim(std::string s) {
  const char* ws = " \t\r\n";
  s.erase(0, s.find_first_not_of(ws));
  const std::size_t end = s.find_last_not_of(ws);
  s.erase(end == std::string::npos ? 0 : end + 1);
  return s;
}

std::string Match(const std::string& text, const RE2& re) {
  std::string value;
  RE2::PartialMatch(text, re, &value);
  return value;
}

void GoMod(const std::string& text, Manifest& out) {
  out.ecosystem = "go";
  out.module = Match(text, RE2(R"((?m)^module\s+(\S+))"));
  std::string name = out.module;
  std::size_t slash = name.rfind('/');
  // ".../v2" major-version suffixes are not the project's name.
  if (slash != std::string::npos && RE2::FullMatch(name.substr(slash + 1), R"(v\d+)")) {
    name = name.substr(0, slash);
    slash = name.rfind('/');
  }
  out.name = slash == std::string::npos ? name : name.substr(slash + 1);
  for (const char* host : {"github.com/", "gitlab.com/", "codeberg.org/", "bitbucket.org/"}) {
    if (out.module.rfind(host, 0) == 0) out.repository = "https://" + name;
  }
  std::istringstream lines(text);
  bool in_block = false;
  for (std::string line; std::getline(lines, line);) {
    line = Trim(line);
    std::string spec;
    if (line.rfind("require (", 0) == 0) {
      in_block = true;
      continue;
    }
    if (in_block && line == ")") {
      in_block = false;
      continue;
    }
    if (in_block) {
      spec = line;
    } else if (line.rfind("require ", 0) == 0) {
      spec = line.substr(8);
    }
    if (spec.empty() || spec.rfind("//", 0) == 0 || spec.find("// indirect") != std::string::npos)
      continue;
    std::istringstream parts(spec);
    ManifestDependency dep;
    parts >> dep.name >> dep.constraint;
    out.dependencies.push_back(dep);
  }
  out.are_dependencies_complete = true;
}

// setup.cfg: INI sections [metadata] and [options]; install_requires may continue on indented
// lines.
void SetupCfg(const std::string& text, Manifest& out) {
  out.ecosystem = "python";
  std::istringstream lines(text);
  std::string section, key;
  for (std::string raw; std::getline(lines, raw);) {
    const bool continued = !raw.empty() && (raw[0] == ' ' || raw[0] == '\t');
    std::string line = Trim(raw);
    if (line.empty() || line[0] == '#' || line[0] == ';') continue;
    if (line.front() == '[') {
      section = line;
      key.clear();
      continue;
    }
    std::string value;
    if (continued) {
      value = line;
    } else {
      const std::size_t eq = line.find('=');
      if (eq == std::string::npos) continue;
      key = Trim(line.substr(0, eq));
      value = Trim(line.substr(eq + 1));
    }
    if (section == "[metadata]") {
      if (key == "name") out.name = value;
      if (key == "version") out.version = value;
      if (key == "description") out.description = value;
      if (key == "license") out.license = value;
      if (key == "url" || key == "home_page") out.homepage = value;
      if (key == "keywords" && !value.empty()) {
        std::istringstream words(value);
        for (std::string word; std::getline(words, word, ',');) {
          if (!Trim(word).empty()) out.keywords.push_back(Trim(word));
        }
      }
    } else if (section == "[options]" && key == "install_requires") {
      out.are_dependencies_complete = true;
      if (!value.empty()) out.dependencies.push_back(SplitRequirement(value));
    }
  }
}

void Gemspec(const std::string& text, Manifest& out) {
  out.ecosystem = "ruby";
  const std::string q = R"(\s*=\s*['"]([^'"]+)['"])";
  out.name = Match(text, RE2(R"(\.name)" + q));
  out.version = Match(text, RE2(R"(\.version)" + q));
  out.description = Match(text, RE2(R"(\.summary)" + q));
  if (out.description.empty()) out.description = Match(text, RE2(R"(\.description)" + q));
  out.license = Match(text, RE2(R"(\.licenses?\s*=\s*\[?\s*['"]([^'"]+)['"])"));
  out.homepage = Match(text, RE2(R"(\.homepage)" + q));
  static const RE2 kDep(
      R"re(\.add_(?:runtime_)?dependency\s*\(?\s*['"]([^'"]+)['"](?:\s*,\s*['"]([^'"]*)['"])?)re");
  re2::StringPiece input(text);
  std::string name, constraint;
  while (RE2::FindAndConsume(&input, kDep, &name, &constraint)) {
    out.dependencies.push_back({name, constraint});
    constraint.clear();
  }
  out.are_dependencies_complete = true;
}

void CMake(const std::string& text, Manifest& out) {
  out.ecosystem = "cmake";
  std::string args = Match(text, RE2(R"((?is)\bproject\s*\(([^)]*)\))"));
  if (args.empty()) return;
  std::istringstream words(args);
  words >> out.name;
  out.version = Match(args, RE2(R"(\bVERSION\s+([0-9][0-9A-Za-z.\-]*))"));
  out.description = Match(args, RE2(R"re(\bDESCRIPTION\s+"([^"]*)")re"));
  out.homepage = Match(args, RE2(R"re(\bHOMEPAGE_URL\s+"([^"]*)")re"));
}

void MixExs(const std::string& text, Manifest& out) {
  out.ecosystem = "hex";
  out.name = Match(text, RE2(R"(\bapp:\s*:(\w+))"));
  out.version = Match(text, RE2(R"re(\bversion:\s*"([^"]+)")re"));
  out.description = Match(text, RE2(R"re(\bdescription:\s*"([^"]+)")re"));
  out.license = Match(text, RE2(R"re(\blicenses:\s*\[\s*"([^"]+)")re"));
  static const RE2 kDep(R"re(\{\s*:(\w+)\s*,\s*"([^"]*)"([^}]*)\})re");
  re2::StringPiece input(text);
  std::string name, constraint, options;
  while (RE2::FindAndConsume(&input, kDep, &name, &constraint, &options)) {
    if (options.find("only:") != std::string::npos && options.find(":prod") == std::string::npos)
      continue;
    out.dependencies.push_back({name, constraint});
  }
  out.are_dependencies_complete = text.find("defp deps") != std::string::npos;
}

void PackageSwift(const std::string& text, Manifest& out) {
  out.ecosystem = "swift";
  out.name = Match(text, RE2(R"re(Package\s*\(\s*name:\s*"([^"]+)")re"));
  static const RE2 kDep(
      R"re(\.package\s*\(\s*(?:name:\s*"[^"]*"\s*,\s*)?url:\s*"([^"]+)"\s*,\s*(?:from:\s*)?"?([^")]*))re");
  re2::StringPiece input(text);
  std::string url, constraint;
  while (RE2::FindAndConsume(&input, kDep, &url, &constraint)) {
    std::string name = url.substr(url.rfind('/') + 1);
    if (EndsWith(name, ".git")) name.resize(name.size() - 4);
    out.dependencies.push_back({name, Trim(constraint)});
  }
  out.are_dependencies_complete = true;
}

void Cabal(const std::string& text, Manifest& out) {
  out.ecosystem = "haskell";
  out.name = Match(text, RE2(R"((?mi)^name:\s*(\S+))"));
  out.version = Match(text, RE2(R"((?mi)^version:\s*(\S+))"));
  out.description = Match(text, RE2(R"((?mi)^synopsis:\s*(.+)$)"));
  out.license = Match(text, RE2(R"((?mi)^license:\s*(\S+))"));
  out.homepage = Match(text, RE2(R"((?mi)^homepage:\s*(\S+))"));
  std::string depends =
      Match(text, RE2(R"((?is)\blibrary\b.*?build-depends:\s*(.*?)(?:\n\s*[a-z-]+:|\n\S|$))"));
  std::istringstream items(depends);
  for (std::string item; std::getline(items, item, ',');) {
    item = Trim(item);
    if (item.empty()) continue;
    ManifestDependency dep = SplitRequirement(item);
    if (!dep.name.empty() && dep.name != "base") out.dependencies.push_back(dep);
  }
  out.are_dependencies_complete = !depends.empty();
}

void Gradle(const std::string& text, Manifest& out) {
  out.ecosystem = "gradle";
  out.version = Match(text, RE2(R"re((?m)^\s*version\s*=?\s*['"]([^'"]+)['"])re"));
  out.description = Match(text, RE2(R"re((?m)^\s*description\s*=?\s*['"]([^'"]+)['"])re"));
  static const RE2 kDep(
      R"re((?m)^\s*(implementation|api|compile|runtimeOnly)\s*\(?\s*['"]([^:'"]+:[^:'"]+)(?::([^'"]+))?['"])re");
  re2::StringPiece input(text);
  std::string configuration, name, constraint;
  while (RE2::FindAndConsume(&input, kDep, &configuration, &name, &constraint)) {
    out.dependencies.push_back({name, constraint});
    constraint.clear();
  }
  out.are_dependencies_complete = text.find("dependencies") != std::string::npos;
}

}  // namespace

core::Status ParseTextManifest(std::string_view view, Manifest& out) {
  const std::string text(view);
  const std::string& path = out.path;
  if (EndsWith(path, "go.mod")) {
    GoMod(text, out);
    if (out.module.empty())
      return core::Fail(core::ErrorCode::kInput, path + " has no module line.");
  } else if (EndsWith(path, "setup.cfg")) {
    SetupCfg(text, out);
  } else if (EndsWith(path, ".gemspec")) {
    Gemspec(text, out);
  } else if (EndsWith(path, "CMakeLists.txt")) {
    CMake(text, out);
  } else if (EndsWith(path, "mix.exs")) {
    MixExs(text, out);
  } else if (EndsWith(path, "Package.swift")) {
    PackageSwift(text, out);
  } else if (EndsWith(path, ".cabal")) {
    Cabal(text, out);
  } else if (EndsWith(path, ".gradle") || EndsWith(path, ".gradle.kts")) {
    Gradle(text, out);
  } else {
    return core::Fail(core::ErrorCode::kInput, path + " is not a manifest format repopost reads.");
  }
  return core::Ok();
}

}  // namespace repopost::ingest
