// Install lines and the first use: how a user gets the main product and the first thing they run.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "profile/clean_text.h"
#include "profile/field_selectors.h"
#include "profile/install_command.h"
#include "profile/version_tag.h"

namespace repopost::profile {
namespace {

// The ecosystems a manifest's packages are published to.
// Package managers of a programming language (not of an operating system).
bool IsLanguageEcosystem(std::string_view ecosystem) {
  for (std::string_view e : {"npm", "pip", "cargo", "go", "gem", "composer", "nuget", "luarocks",
                             "mix", "gradle", "maven", "swiftpm", "cargo-toml", "conda"}) {
    if (ecosystem == e) return true;
  }
  return false;
}

bool EcosystemMatchesManifest(std::string_view ecosystem, const std::string& manifest) {
  if (manifest == "npm") return ecosystem == "npm" || ecosystem == "npx";
  if (manifest == "python") return ecosystem == "pip" || ecosystem == "conda";
  if (manifest == "cargo") return ecosystem == "cargo" || ecosystem == "cargo-toml";
  if (manifest == "go") return ecosystem == "go";
  if (manifest == "ruby") return ecosystem == "gem";
  if (manifest == "composer") return ecosystem == "composer";
  if (manifest == "maven" || manifest == "gradle")
    return ecosystem == "gradle" || ecosystem == "maven";
  if (manifest == "swift") return ecosystem == "swiftpm";
  return false;
}

std::string StripPrompt(std::string line) {
  const std::size_t b = line.find_first_not_of(" \t");
  line = b == std::string::npos ? "" : line.substr(b);
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
  for (std::string_view prompt : {"$ ", ">>> ", "> ", "% ", "PS> ", "C:\\> "}) {
    if (line.starts_with(prompt)) line = line.substr(prompt.size());
  }
  if (line.starts_with("sudo ")) line = line.substr(5);
  if (line.starts_with("doas ")) line = line.substr(5);
  const std::size_t comment = line.find(" #");
  if (comment != std::string::npos) line = line.substr(0, comment);
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
  return line;
}

// A version pinned in the command ("pkg==1.2.0", "pkg@1.2.0", ":1.2.0").
std::optional<VersionTag> PinnedVersion(const std::string& command) {
  static const RE2 kPin(R"((?:==|@|:|\s)v?(\d+\.\d+(?:\.\d+)?[\w.-]*)(?:["')\s]|$))");
  std::string version;
  if (!RE2::PartialMatch(command, kPin, &version)) return std::nullopt;
  return ParseVersionTag(version);
}

// Placeholders show a command's grammar, not a line to run: "git clone URL --bare", "<name>".
bool HasPlaceholder(const std::string& command) {
  static const RE2 kPlaceholder(
      R"((?:^|\s)(?:[A-Z][A-Z_]{2,}|<[a-z][\w -]*>|\[[a-z][\w -]*\]|\.\.\.)(?:\s|$))");
  return RE2::PartialMatch(command, kPlaceholder);
}

bool IsDevOrTestLine(const std::string& lower) {
  static const RE2 kDevWord(
      R"((?:^|[\s\[_=-])(?:tests?|pytest|tox|lint|fmt|bench|benchmarks?|coverage|fsck)(?:$|[\s\]_=,-]))");
  return ContainsAny(lower, {"-e .", "--editable", "requirements", "-r ", "pre-commit", "[dev",
                             "-dbuild"}) ||
         RE2::PartialMatch(lower, kDevWord);
}

bool IsShellLanguage(const std::string& language) {
  return language.empty() || language == "sh" || language == "bash" || language == "shell" ||
         language == "console" || language == "zsh" || language == "shell-session" ||
         language == "powershell" || language == "ps1" || language == "cmd" || language == "fish" ||
         language == "text" || language == "bat";
}

struct Candidate {
  InstallLine line;
  double score = 0;
  int order = 0;
};

double RoleWeight(SectionRole role) {
  switch (role) {
    case SectionRole::kInstall:
      return 3;
    case SectionRole::kQuickstart:
      return 2.5;
    case SectionRole::kIntro:
      return 2;
    case SectionRole::kFeatures:
    case SectionRole::kOther:
    case SectionRole::kExamples:
      return 1;
    default:
      return -1;  // contributing, limitations, faq, comparison, changelog...: never install lines
  }
}

// Sections about another product of the same project: client libraries, SDKs, bindings,
// integrations, plugins ("Libraries > Python": `pip install ollama` installs the client).
bool IsOtherProductScope(const std::vector<std::string>& chain) {
  for (std::size_t i = 1; i < chain.size(); ++i) {  // the title (chain[0]) names the product
    const std::string lower = LowerAscii(chain[i]);
    if (ContainsAny(lower, {"librar", "client", "sdk", "binding", "integration", "plugin",
                            "community", "extension", "wrapper", "third-party", "third party",
                            "ecosystem", "related"})) {
      return true;
    }
  }
  return false;
}

class InstallCollector {
 public:
  InstallCollector(const ProfileInput& input, const ProjectProfile& profile)
      : input_(input), profile_(profile), model_(&input.readme) {
    for (const std::string& key :
         {profile.name, input.source_name, input.manifest ? input.manifest->name : std::string()}) {
      const std::string k = PackageKey(key);
      if (!k.empty()) keys_.push_back(k);
    }
    if (!profile.release.version.empty()) release_ = ParseVersionTag(profile.release.version);
  }

  void Consider(std::string command, const Block& block, int order, std::string_view where) {
    command = StripPrompt(std::move(command));
    if (command.empty() || command.size() > 160) return;
    const SectionRole role = model_->RoleOf(block);
    const double weight = RoleWeight(role);
    if (weight < 0 || IsOtherProductScope(model_->ChainOf(block))) return;
    const std::string lower = LowerAscii(command);
    if (HasPlaceholder(command) || IsDevOrTestLine(lower)) return;
    Candidate c;
    c.order = order;
    c.line.command = command;
    c.line.provenance = model_->SpanOf(block);
    // A local install after cloning ("pip install .", "cargo install --path ."), in an install
    // section: from source, ranked below any package.
    if (role == SectionRole::kInstall &&
        (lower == "pip install ." || lower == "pip3 install ." ||
         lower == "python -m pip install ." || lower == "cargo install --path ." ||
         lower == "npm install -g .")) {
      c.line.ecosystem = "source";
      c.score = weight - 1.5;
      c.line.why = "installs the cloned repository, in an install section";
      Finish(std::move(c));
      return;
    }
    if (auto parsed = ParseInstallCommand(command)) {
      if (parsed->packages.empty() || !NamesProduct(parsed->packages)) return;  // another package
      // Another language's package of the same name is a client or binding, not the product.
      if (input_.manifest && IsLanguageEcosystem(parsed->ecosystem) &&
          IsLanguageEcosystem(ManifestEcosystem()) &&
          !EcosystemMatchesManifest(parsed->ecosystem, input_.manifest->ecosystem)) {
        return;
      }
      c.line.ecosystem = parsed->ecosystem;
      c.score = weight + 2;
      c.line.why = "a " + c.line.ecosystem + " install of the product " + std::string(where);
      Finish(std::move(c));
      return;
    }
    // Dependency declarations in a manifest snippet (Cargo.toml, Gradle, SwiftPM, Maven).
    if (IsDependencyDeclaration(command, block.language, c.line.ecosystem)) {
      c.score = weight + 1.5;
      c.line.why =
          "a " + c.line.ecosystem + " dependency line for the product " + std::string(where);
      Finish(std::move(c));
      return;
    }
    // Go modules: "import it and Go fetches it", in an install section.
    if ((role == SectionRole::kInstall) && lower.starts_with("import \"") &&
        NamesProduct({command.substr(8, command.find('"', 8) - 8)})) {
      c.line.ecosystem = "go";
      c.score = weight + 1;
      c.line.why = "a Go import of the product's module in an install section (Go fetches it)";
      Finish(std::move(c));
      return;
    }
    // An install script of the product piped to a shell ("curl -fsSL https://x.sh/install | sh").
    if ((lower.starts_with("curl ") || lower.starts_with("wget ")) &&
        (lower.ends_with("| sh") || lower.ends_with("| bash") || lower.ends_with("| sudo sh") ||
         lower.ends_with("| sudo bash")) &&
        !keys_.empty() && Squash(lower).find(keys_.front()) != std::string::npos) {
      c.line.ecosystem = "script";
      c.score = weight + 1.5;
      c.line.why = "the product's install script " + std::string(where);
      Finish(std::move(c));
      return;
    }
    // From source, only where the README says this is how to install (never a contributor
    // section): "git clone" of the product, "make install".
    if (role == SectionRole::kInstall || role == SectionRole::kQuickstart) {
      if ((lower.starts_with("git clone ") && NamesProduct(Packages(lower.substr(10)))) ||
          lower == "make install" || lower.starts_with("./install")) {
        c.line.ecosystem = "source";
        c.score = weight - 1;
        c.line.why = "a from-source install step in an install section";
        Finish(std::move(c));
      }
    }
  }

  std::vector<InstallLine> Result() {
    std::stable_sort(candidates_.begin(), candidates_.end(),
                     [](const Candidate& a, const Candidate& b) {
                       return a.score != b.score ? a.score > b.score : a.order < b.order;
                     });
    std::vector<InstallLine> out;
    for (Candidate& c : candidates_) {
      if (std::any_of(out.begin(), out.end(),
                      [&](const InstallLine& l) { return l.command == c.line.command; })) {
        continue;
      }
      out.push_back(std::move(c.line));
      if (out.size() == 8) break;
    }
    return out;
  }

 private:
  std::string ManifestEcosystem() const {
    const std::string& e = input_.manifest->ecosystem;
    if (e == "npm") return "npm";
    if (e == "python") return "pip";
    if (e == "cargo") return "cargo";
    if (e == "go") return "go";
    if (e == "ruby") return "gem";
    if (e == "composer") return "composer";
    if (e == "maven" || e == "gradle") return "gradle";
    if (e == "swift") return "swiftpm";
    return "";
  }

  bool NamesProduct(const std::vector<std::string>& packages) const {
    if (keys_.empty()) return true;
    for (const std::string& p : packages) {
      const std::string key = PackageKey(p);
      for (const std::string& k : keys_) {
        if (key == k || key == k + "cli" || k == key + "cli") return true;
      }
    }
    return false;
  }

  bool IsDependencyDeclaration(const std::string& command, const std::string& language,
                               std::string& ecosystem) const {
    const std::string lower = LowerAscii(command);
    static const RE2 kToml(R"(^([\w-]+)\s*=\s*(?:"|\{))");
    static const RE2 kGradle(R"(^(?:implementation|api|compile)\s*\(?\s*["']([^"']+)["'])");
    static const RE2 kSwiftPm(R"re(^\.package\(\s*url:\s*"([^"]+)")re");
    static const RE2 kMaven(R"(<artifactid>([^<]+)</artifactid>)");
    std::string name;
    if ((language == "toml" || language.empty()) && RE2::PartialMatch(lower, kToml, &name)) {
      ecosystem = "cargo-toml";
    } else if (RE2::PartialMatch(lower, kGradle, &name)) {
      ecosystem = "gradle";
      const std::size_t colon = name.find(':');
      if (colon != std::string::npos) {
        const std::size_t second = name.find(':', colon + 1);
        name = name.substr(colon + 1,
                           second == std::string::npos ? std::string::npos : second - colon - 1);
      }
    } else if (RE2::PartialMatch(lower, kSwiftPm, &name)) {
      ecosystem = "swiftpm";
    } else if (RE2::PartialMatch(lower, kMaven, &name)) {
      ecosystem = "maven";
    } else {
      return false;
    }
    return NamesProduct({name});
  }

  void Finish(Candidate c) {
    if (auto pinned = PinnedVersion(c.line.command);
        pinned && release_ && !pinned->numbers.empty() && VersionLess(*pinned, *release_)) {
      c.line.is_stale = true;
      c.line.why += "; pins " + pinned->version + ", older than the release " + release_->version;
      c.score -= 2;
    }
    if (input_.manifest && EcosystemMatchesManifest(c.line.ecosystem, input_.manifest->ecosystem)) {
      c.score += 1;
      c.line.why += "; the manifest's ecosystem";
    }
    candidates_.push_back(std::move(c));
  }

  const ProfileInput& input_;
  const ProjectProfile& profile_;

 public:
  const ReadmeModel* model_;  // the document whose blocks are being considered

 private:
  std::vector<std::string> keys_;
  std::optional<VersionTag> release_;
  std::vector<Candidate> candidates_;
};

// Inline code spans in prose ("Run `pip install foo` to ...").
std::vector<std::string> InlineCode(const std::string& text) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while ((at = text.find('`', at)) != std::string::npos) {
    const std::size_t end = text.find('`', at + 1);
    if (end == std::string::npos) break;
    out.push_back(text.substr(at + 1, end - at - 1));
    at = end + 1;
  }
  return out;
}

std::vector<std::string> Lines(const std::string& code) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= code.size()) {
    std::size_t end = code.find('\n', start);
    if (end == std::string::npos) end = code.size();
    out.push_back(code.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

void Collect(const ReadmeModel& model, InstallCollector& collector, int& order) {
  collector.model_ = &model;
  for (const Block& block : model.blocks) {
    const std::string where = "(" + model.SpanOf(block).Describe() + ")";
    if (block.kind == BlockKind::kCode) {
      const bool shell = IsShellLanguage(block.language);
      for (const std::string& line : Lines(block.text)) {
        if (!shell && block.language != "toml" && block.language != "kotlin" &&
            block.language != "go" && block.language != "groovy" && block.language != "gradle" &&
            block.language != "swift" && block.language != "xml") {
          break;
        }
        collector.Consider(line, block, order++, where);
      }
    } else {
      for (const std::string& code : InlineCode(block.text)) {
        collector.Consider(code, block, order++, where);
      }
    }
  }
}

void SelectInstall(const ProfileInput& input, ProjectProfile& profile) {
  InstallCollector collector(input, profile);
  int order = 0;
  Collect(input.readme, collector, order);
  profile.install = collector.Result();
  if (!profile.install.empty()) return;
  // Rule: a README that defers installation to its docs ("Installation instructions →"): the
  // docs pages about installing, and the docs' own README.
  for (const core::Document& d : input.sheet->documents) {
    if (d.kind != core::SourceKind::kDocs) continue;
    const std::string path = LowerAscii(d.provenance.path);
    if (path.find("install") == std::string::npos && !path.ends_with("docs/readme.md") &&
        !path.ends_with("doc/readme.md")) {
      continue;
    }
    const ReadmeModel docs = ReadmeModel::Build(d);
    Collect(docs, collector, order);
  }
  profile.install = collector.Result();
  for (InstallLine& line : profile.install) line.why += "; from the docs the README points to";
}

void SelectFirstUse(const ProfileInput& input, ProjectProfile& profile) {
  std::string name = LowerAscii(profile.name);
  const std::string squashed = Squash(profile.name);
  // "whisper.cpp", "json.lua": programs and modules are named by the stem.
  for (std::string_view suffix :
       {".cpp", ".js", ".py", ".lua", ".rs", ".go", ".c", ".net", ".nvim"}) {
    if (name.size() > suffix.size() + 2 && name.ends_with(suffix)) {
      name = name.substr(0, name.size() - suffix.size());
      break;
    }
  }
  auto is_install = [&](const std::string& line) {
    return std::any_of(profile.install.begin(), profile.install.end(),
                       [&](const InstallLine& l) { return l.command == line; }) ||
           ContainsAny(LowerAscii(line), {" install ", "git clone", "cd ", "mkdir"});
  };
  auto is_trivial = [](const std::string& line) {
    return line.empty() || line.starts_with("#") || line.starts_with("//") ||
           line.starts_with("--") || line.starts_with("/*") || line.starts_with("*") ||
           line == "{" || line == "}" || line.starts_with("<!") || WordCount(line) == 0;
  };
  std::string fallback;
  SourceSpan fallback_span;
  for (const Block& block : input.readme.blocks) {
    if (block.kind != BlockKind::kCode) continue;
    const SectionRole role = input.readme.RoleOf(block);
    if (role != SectionRole::kQuickstart && role != SectionRole::kExamples &&
        role != SectionRole::kIntro && role != SectionRole::kFeatures &&
        role != SectionRole::kOther) {
      continue;
    }
    int meaningful = 0;
    for (const std::string& raw : Lines(block.text)) {
      const std::string line = StripPrompt(raw);
      if (is_trivial(line) || is_install(line) || line.size() > 120 || HasPlaceholder(line))
        continue;
      if (line.starts_with("~/") || line.starts_with("./install") || line.starts_with("source "))
        continue;
      if (++meaningful > 12) break;
      const std::string lower = LowerAscii(line);
      // Rule 1: the first line that names the product (running it, importing it).
      if (!name.empty() &&
          (lower.find(name) != std::string::npos ||
           (squashed.size() >= 3 && Squash(line).find(squashed) != std::string::npos))) {
        profile.first_use = line;
        profile.first_use_from = input.readme.SpanOf(block);
        return;
      }
      if (fallback.empty() && meaningful == 1) {
        fallback = line;
        fallback_span = input.readme.SpanOf(block);
      }
    }
  }
  // Rule 2: the first meaningful line of the first usage code block.
  profile.first_use = fallback;
  profile.first_use_from = fallback_span;
}

}  // namespace repopost::profile
