// Name, kind and audience: what the product is called, what sort of thing it is and who it is
// for (the purpose has its own file, purpose_selector.cpp).
#include <algorithm>
#include <cctype>

#include "profile/clean_text.h"
#include "profile/field_selectors.h"

namespace repopost::profile {
namespace {

// A README title names the project when it reads as a name, not as a sentence or a section.
bool LooksLikeName(const std::string& title) {
  if (title.empty() || title.size() > 48 || WordCount(title) > 5) return false;
  const std::string lower = LowerAscii(title);
  for (std::string_view section :
       {"overview", "features", "introduction", "about", "readme", "description", "getting started",
        "installation", "table of contents", "contents", "welcome"}) {
    if (lower == section) return false;
  }
  return title.find(". ") == std::string::npos;
}

// "bat - a cat clone with wings" -> "bat"; "Typer, build great CLIs" -> "Typer".
std::string NamePart(std::string title) {
  // "Brisk 4.2.0 is out" -> "Brisk": a release announcement's title names the product first.
  for (std::size_t i = 1; i + 1 < title.size(); ++i) {
    if (title[i - 1] == ' ' &&
        (std::isdigit(static_cast<unsigned char>(title[i])) ||
         (title[i] == 'v' && std::isdigit(static_cast<unsigned char>(title[i + 1]))))) {
      if (title.find('.', i) != std::string::npos) {
        title = title.substr(0, i - 1);
        break;
      }
    }
  }
  for (std::string_view separator : {" - ", " — ", " – ", ": ", " | ", ", "}) {
    const std::size_t at = title.find(separator);
    if (at != std::string::npos && at > 0) title = title.substr(0, at);
  }
  return title;
}

// A manifest name that is an aggregate, not the product ("gson-parent", "foo-workspace").
bool IsAggregateName(const std::string& name) {
  const std::string lower = LowerAscii(name);
  for (std::string_view suffix : {"-parent", "-root", "-workspace", "-monorepo", "-build",
                                  "-aggregator", "-project", " parent"}) {
    if (lower.size() > suffix.size() && lower.ends_with(suffix)) return true;
  }
  return lower == "root" || lower == "workspace" || lower == "monorepo";
}

// "github.com/gin-gonic/gin" -> "gin"; "@scope/pkg" -> "pkg".
std::string LastSegment(const std::string& name) {
  const std::size_t slash = name.rfind('/');
  return slash == std::string::npos ? name : name.substr(slash + 1);
}

bool Agrees(const std::string& a, const std::string& b) {
  const std::string x = Squash(a), y = Squash(b);
  if (x.empty() || y.empty()) return false;
  return x == y || (x.size() >= 3 && y.starts_with(x)) || (y.size() >= 3 && x.starts_with(y)) ||
         (x.size() >= 4 && y.find(x) != std::string::npos) ||
         (y.size() >= 4 && x.find(y) != std::string::npos);
}

// Leading emoji and symbols are decoration, not part of a name ("🔩 sprocket").
std::string TrimDecoration(std::string name) {
  std::size_t b = 0;
  while (b < name.size() && !std::isalnum(static_cast<unsigned char>(name[b]))) ++b;
  name = name.substr(b);
  while (!name.empty() && (name.back() == ' ' || name.back() == ':' || name.back() == '.')) {
    name.pop_back();
  }
  return name;
}

// The subject of the README's defining sentence ("Neofetch is a command-line ...").
std::string DefinedName(const ProfileInput& input) {
  for (const Block& block : input.readme.blocks) {
    if (block.kind != BlockKind::kProse || !block.is_prose) continue;
    if (input.readme.RoleOf(block) != SectionRole::kIntro) continue;
    for (const std::string& raw : SplitSentences(block.text)) {
      const std::string sentence = CleanText(raw);
      for (std::string_view verb : {" is a ", " is an ", " is the "}) {
        const std::size_t at = sentence.find(verb);
        if (at != std::string::npos && at > 0 && WordCount(sentence.substr(0, at)) <= 3) {
          return TrimDecoration(sentence.substr(0, at));
        }
      }
    }
    break;  // only the lede
  }
  return "";
}

SourceSpan ManifestSpan(const ProfileInput& input, const std::string& field) {
  SourceSpan span;
  span.path = input.manifest->path;
  span.field = input.manifest->path + ":" + field;
  return span;
}

}  // namespace

void SelectName(const ProfileInput& input, ProjectProfile& profile) {
  const std::string title = TrimDecoration(CleanText(input.readme.title));
  const std::string part = NamePart(title);
  const std::string title_name =
      part != title &&
              (Agrees(part, input.source_name) ||
               (input.manifest && Agrees(part, input.manifest->name)) || !LooksLikeName(title))
          ? part
          : title;
  std::string manifest_name;
  if (input.manifest && !input.manifest->name.empty() && !IsAggregateName(input.manifest->name)) {
    manifest_name = LastSegment(input.manifest->name);
  }
  SourceSpan title_span;
  title_span.path = input.readme.path;
  title_span.line_begin = title_span.line_end = input.readme.title_line;
  const bool title_usable = LooksLikeName(title_name) && WordCount(title_name) > 0;
  // Rule 1: the README title, when it agrees with the package or repository name (it keeps the
  // project's own capitalisation: "LevelDB", not "leveldb").
  if (title_usable &&
      (Agrees(title_name, manifest_name) || Agrees(title_name, input.source_name))) {
    profile.name = title_name;
    profile.name_why = "README title, agreeing with the package or repository name";
    profile.name_from = title_span;
    return;
  }
  // Rule 2: the subject of the defining sentence, when it agrees with the package or repository
  // name ("Neofetch is a command-line system information tool").
  const std::string defined = DefinedName(input);
  if (!defined.empty() && LooksLikeName(defined) &&
      (Agrees(defined, manifest_name) || Agrees(defined, input.source_name) ||
       (!title.empty() && Squash(title).starts_with(Squash(defined))))) {
    profile.name = defined;
    profile.name_why =
        "subject of the README's defining sentence, agreeing with the package or repository name";
    profile.name_from = title_span;
    return;
  }
  // Rule 3: the primary manifest's package name (never an aggregate such as a parent POM).
  if (!manifest_name.empty()) {
    profile.name = manifest_name;
    profile.name_why = "package name in " + input.manifest->path;
    profile.name_from = ManifestSpan(input, "name");
    return;
  }
  // Rule 4: a README title that reads as a name.
  if (title_usable) {
    profile.name = title_name;
    profile.name_why = "README title";
    profile.name_from = title_span;
    return;
  }
  // Rule 5: the repository or folder name.
  if (!input.source_name.empty()) {
    profile.name = input.source_name;
    profile.name_why = "repository or folder name (no README title or package name)";
    profile.name_from.field = "repository name";
    return;
  }
  if (const core::Fact* f = input.sheet->First(core::FactKind::kProjectName)) {
    profile.name = CleanText(f->value);
    profile.name_why = "the only name the source gives";
    profile.name_from.field = f->provenance.Describe();
  }
}

void SelectKind(const ProfileInput& input, ProjectProfile& profile) {
  struct KindCue {
    ProjectKind kind;
    std::initializer_list<std::string_view> cues;
  };
  const std::string text =
      " " + LowerAscii(profile.purpose + " " + CleanText(input.readme.title)) + " ";
  static const KindCue kCues[] = {
      {ProjectKind::kList, {"awesome", "curated list", "a list of", "collection of links"}},
      {ProjectKind::kCourse, {" course", "tutorial series", "lessons", "workshop", "curriculum"}},
      {ProjectKind::kFramework, {"framework", " dsl"}},
      {ProjectKind::kCli,
       // Not "terminal": it names the domain ("terminal string styling" is a library).
       {"command-line", "command line", " cli ", " cli.", " cli,", "shell script",
        "clone with wings", " tool "}},
      {ProjectKind::kLibrary,
       {"library", " package", " module", " sdk", "client for", "bindings", "parser", "serializ",
        "header-only", "single-header", "api for", "http client"}},
      {ProjectKind::kService, {" server", " service", "daemon", " api "}},
      {ProjectKind::kApplication, {" app ", " app.", "application ", " editor", " gui"}},
      {ProjectKind::kDemo, {" demo", " example", " sample", "starter", "template"}},
      {ProjectKind::kDocs, {"documentation", " docs "}},
  };
  // Rule 1: the head noun of the definition ("a Go library for building command-line apps" is
  // a library): the last cue in the phrase after "is a", before its first "for"/"that"/"with".
  const std::string lower_purpose = " " + LowerAscii(profile.purpose) + " ";
  std::size_t def = std::string::npos;
  for (std::string_view verb : {" is a ", " is an ", " is the ", " a ", " an "}) {
    def = lower_purpose.find(verb);
    if (def != std::string::npos) {
      def += verb.size() - 1;
      break;
    }
  }
  if (def != std::string::npos) {
    std::size_t end = lower_purpose.size();
    for (std::string_view cut : {" for ", " that ", " which ", " with ", " written ", " to ", ",",
                                 ". ", " in ", " of ", " from ", " used "}) {
      const std::size_t at = lower_purpose.find(cut, def);
      if (at != std::string::npos) end = std::min(end, at);
    }
    const std::string phrase = lower_purpose.substr(def, end - def) + " ";
    std::size_t best = std::string::npos;
    for (const KindCue& cue : kCues) {
      for (std::string_view word : cue.cues) {
        const std::size_t at = phrase.rfind(word);
        if (at != std::string::npos && (best == std::string::npos || at > best)) {
          best = at;
          profile.kind = cue.kind;
          profile.kind_why = "the definition's head noun: \"" + std::string(word) + "\"";
        }
      }
    }
    if (best != std::string::npos) {
      // "a sample app", "an example project": a demo whatever the noun.
      for (std::string_view word : {"sample", "demo", "example", "starter", "template"}) {
        if (phrase.find(word) != std::string::npos) {
          profile.kind = ProjectKind::kDemo;
          profile.kind_why = "the definition says \"" + std::string(word) + "\"";
        }
      }
      goto audience;
    }
  }
  // Rule 2: the first cue anywhere in the purpose and title.
  for (const KindCue& cue : kCues) {
    for (std::string_view word : cue.cues) {
      if (text.find(word) != std::string::npos) {
        profile.kind = cue.kind;
        profile.kind_why = "purpose says \"" + std::string(word) + "\"";
        goto audience;
      }
    }
  }
  // Rule 3: how it installs: a binary installer (cargo install, brew, go install, pipx, npm -g)
  // means a command-line tool; a dependency line or a package add means a library.
  for (const InstallLine& line : profile.install) {
    const std::string lower = LowerAscii(line.command);
    if (ContainsAny(lower, {"cargo install", "brew install", "go install", "pipx install",
                            "npm install -g", "npm i -g", "apt install", "apt-get install",
                            "scoop install", "winget install", "port install"})) {
      profile.kind = ProjectKind::kCli;
      profile.kind_why = "installs as a program: \"" + line.command + "\"";
      goto audience;
    }
  }
  if (input.manifest || !profile.install.empty()) {
    profile.kind = ProjectKind::kLibrary;
    profile.kind_why = "a package to depend on, and no other cue";
  }
audience:
  const std::string language = input.languages.empty() ? "" : input.languages.front();
  switch (profile.kind) {
    case ProjectKind::kLibrary:
    case ProjectKind::kFramework:
      profile.audience = language.empty() ? "developers" : language + " developers";
      break;
    case ProjectKind::kCli:
      profile.audience = "developers who work in the terminal";
      break;
    case ProjectKind::kCourse:
      profile.audience = "learners";
      break;
    case ProjectKind::kList:
      profile.audience = "readers looking for curated resources";
      break;
    default:
      profile.audience = "developers";
  }
}

}  // namespace repopost::profile
