#include "ingest/readme_facts.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string_view>
#include <vector>

#include "text/sentence_segmenter.h"

namespace repopost::ingest {
namespace {

constexpr std::size_t kMaxFeatures = 12;
constexpr std::size_t kMaxInstallCommands = 6;
constexpr std::size_t kMaxUsageSnippets = 3;
constexpr std::size_t kMaxBenchmarks = 8;
constexpr std::size_t kMaxHeadings = 40;
constexpr int kMaxUsageLines = 8;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool ContainsAny(const std::string& haystack, std::initializer_list<std::string_view> needles) {
  for (std::string_view needle : needles) {
    if (haystack.find(needle) != std::string::npos) return true;
  }
  return false;
}

bool IsFeatureHeading(const std::string& heading) {
  return ContainsAny(Lower(heading),
                     {"feature", "highlight", "why ", "what it does", "capabilit",
                      "what's included", "benefit", "fonctionnalit", "key points", "overview"});
}

bool IsInstallHeading(const std::string& heading) {
  return ContainsAny(Lower(heading), {"install", "getting started", "quick start", "quickstart",
                                      "setup", "set up", "download", "build", "compil"});
}

bool IsUsageHeading(const std::string& heading) {
  return ContainsAny(Lower(heading), {"usage", "example", "quick start", "quickstart",
                                      "getting started", "how to use", "tutorial", "demo", "try"});
}

// Headings whose paragraphs never make a project summary.
bool IsBoilerplateHeading(const std::string& heading) {
  return ContainsAny(Lower(heading),
                     {"license", "licence", "contribut", "table of contents", "contents", "sponsor",
                      "backers", "changelog", "credits", "acknowledg", "citation", "badge"});
}

bool IsInstallCommand(std::string_view line) {
  static constexpr std::array<std::string_view, 22> kPrefixes = {
      "npm install",      "npm i ",       "yarn add",      "pnpm add",        "pip install",
      "pip3 install",     "pipx install", "cargo install", "cargo add",       "go install",
      "go get",           "brew install", "apt install",   "apt-get install", "gem install",
      "composer require", "git clone",    "make install",  "cmake ",          "conda install",
      "dotnet add",       "uv add"};
  for (std::string_view prefix : kPrefixes) {
    if (line.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

// "make install   # as root" -> "make install": trailing shell comments are not the command.
std::string_view StripTrailingComment(std::string_view line) {
  const std::size_t hash = line.find(" #");
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
    line.remove_suffix(1);
  return line;
}

// Under an install heading, the shell lines that fetch, build or install (not the ones that
// run the freshly built program).
bool IsBuildStep(std::string_view line) {
  static constexpr std::array<std::string_view, 16> kFirstWords = {
      "cd",    "make", "cmake", "./configure", "meson",  "ninja", "sh",   "bash",
      "mkdir", "curl", "wget",  "scoop",       "winget", "choco", "port", "nix"};
  const std::string_view first = line.substr(0, line.find(' '));
  for (std::string_view word : kFirstWords) {
    if (first == word) return true;
  }
  return false;
}

std::string_view StripPrompt(std::string_view line) {
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front())))
    line.remove_prefix(1);
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
    line.remove_suffix(1);
  if (line.substr(0, 2) == "$ " || line.substr(0, 2) == "> " || line.substr(0, 2) == "% ") {
    line.remove_prefix(2);
  }
  if (line.substr(0, 5) == "sudo ") line.remove_prefix(5);
  return line;
}

bool IsShellLanguage(const std::string& language) {
  return language.empty() || language == "sh" || language == "bash" || language == "shell" ||
         language == "console" || language == "zsh" || language == "shell-session" ||
         language == "powershell" || language == "cmd" || language == "fish";
}

core::Provenance At(const TextOrigin& origin, int line_begin, int line_end) {
  core::Provenance p = origin.base;
  const int offset = origin.base.line_begin > 1 ? origin.base.line_begin - 1 : 0;
  p.line_begin = line_begin + offset;
  p.line_end = std::max(line_begin, line_end) + offset;
  return p;
}

// The one sentence segmenter (text/sentence_segmenter.h): "e.g." and versions never split.
std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const text::Segment& segment : text::SentenceSegmenter().Split(text)) {
    if (!segment.text.empty()) out.push_back(segment.text);
  }
  if (out.empty() && !text.empty()) out.push_back(text);
  return out;
}

// A sentence stating a measured number about the project: a number followed by a unit or a
// multiplier ("100 MB", "2 seconds", "16x faster", "37%", "one billion entries").
bool StatesMeasuredNumber(const std::string& sentence) {
  static const RE2 kMeasure(
      R"((?i)(?:^|[^\w./-])(?:\d[\d,.]*\s*|(?:one|two|three|ten|a hundred|a thousand)\s+)(?:x|×|%|ms|µs|us|ns|s|)"
      R"(secs?|seconds?|minutes?|hours?|days?|[kmgt]i?b|bytes?|k|m|million|billion|thousand|times|)"
      R"(lines?|files|requests|req/s|ops|qps|tokens|entries|languages|platforms|fps)(?:$|[^\w]))");
  return RE2::PartialMatch(sentence, kMeasure);
}

struct PhraseFact {
  std::string_view phrase;  // lower-case text to find
  std::string_view value;   // fact value
};

constexpr std::array<PhraseFact, 13> kPlatforms = {{{"linux", "Linux"},
                                                    {"macos", "macOS"},
                                                    {"mac os", "macOS"},
                                                    {"os x", "macOS"},
                                                    {"windows", "Windows"},
                                                    {"freebsd", "FreeBSD"},
                                                    {"android", "Android"},
                                                    {"ios ", "iOS"},
                                                    {"webassembly", "WebAssembly"},
                                                    {"wasm", "WebAssembly"},
                                                    {"raspberry pi", "Raspberry Pi"},
                                                    {"docker", "Docker"},
                                                    {"openbsd", "OpenBSD"}}};

constexpr std::array<PhraseFact, 12> kProperties = {
    {{"single header", "single header"},
     {"single-header", "single header"},
     {"header-only", "header-only"},
     {"header only", "header-only"},
     {"zero dependencies", "zero dependencies"},
     {"zero dependency", "zero dependencies"},
     {"zero-dependency", "zero dependencies"},
     {"no dependencies", "no dependencies"},
     {"no external dependencies", "no dependencies"},
     {"dependency-free", "no dependencies"},
     {"cross-platform", "cross-platform"},
     {"single binary", "single binary"}}};

class ReadmeExtractor {
 public:
  ReadmeExtractor(const Outline& outline, const TextOrigin& origin, core::FactSheet& sheet)
      : outline_(outline), origin_(origin), sheet_(sheet) {}

  std::string Run() {
    std::string title = Title();
    Summary();
    Headings(title);
    Features();
    CodeBlocks();
    Statements();
    return title;
  }

 private:
  // The first level-1 heading, unless it is a section name ("Overview", "Features").
  std::string Title() const {
    for (const OutlineHeading& heading : outline_.headings) {
      if (heading.level != 1) continue;
      const std::string lower = Lower(heading.text);
      for (std::string_view section :
           {"overview", "features", "introduction", "about", "readme", "description",
            "getting started", "installation", "table of contents", "contents"}) {
        if (lower == section) return "";
      }
      return heading.text;
    }
    return "";
  }

  void Summary() {
    for (const OutlineParagraph& p : outline_.paragraphs) {
      if (!p.is_prose || p.text.size() < 25 || IsBoilerplateHeading(p.heading)) continue;
      if (std::count(p.text.begin(), p.text.end(), ' ') < 3) continue;
      core::Provenance where = At(origin_, p.line_begin, p.line_end);
      sheet_.Add(core::FactKind::kSummary, p.text, where);
      sheet_.Add(core::FactKind::kDescription, FirstSentence(p.text), where);
      return;
    }
  }

  void Headings(const std::string& title) {
    std::size_t added = 0;
    for (const OutlineHeading& heading : outline_.headings) {
      if (heading.text.empty() || (heading.level == 1 && heading.text == title)) continue;
      if (added++ >= kMaxHeadings) break;
      sheet_.Add(core::FactKind::kHeading, heading.text, At(origin_, heading.line, heading.line),
                 std::to_string(heading.level));
    }
  }

  void Features() {
    std::size_t added = 0;
    for (const OutlineList& list : outline_.lists) {
      if (!IsFeatureHeading(list.heading)) continue;
      for (const OutlineListItem& item : list.items) {
        if (added >= kMaxFeatures) return;
        sheet_.Add(core::FactKind::kFeature, item.text, At(origin_, item.line, item.line),
                   list.heading);
        ++added;
      }
    }
  }

  void CodeBlocks() {
    std::size_t installs = 0, usages = 0;
    std::set<std::string> seen;
    for (const OutlineCodeBlock& block : outline_.code_blocks) {
      bool any_install = false;
      int line = block.line_begin;
      std::size_t start = 0;
      while (start < block.code.size()) {
        std::size_t end = block.code.find('\n', start);
        if (end == std::string::npos) end = block.code.size();
        std::string_view command =
            StripPrompt(std::string_view(block.code).substr(start, end - start));
        if (IsShellLanguage(block.language)) command = StripTrailingComment(command);
        const bool looks_install =
            IsInstallCommand(command) || (IsInstallHeading(block.heading) &&
                                          IsShellLanguage(block.language) && IsBuildStep(command));
        if (looks_install && installs < kMaxInstallCommands &&
            seen.insert(std::string(command)).second) {
          sheet_.Add(core::FactKind::kInstallCommand, std::string(command), At(origin_, line, line),
                     block.language);
          ++installs;
          any_install = true;
        }
        ++line;
        start = end + 1;
      }
      if (!any_install && usages < kMaxUsageSnippets && IsUsageHeading(block.heading)) {
        AddUsage(block);
        ++usages;
      }
    }
  }

  void AddUsage(const OutlineCodeBlock& block) {
    std::string snippet;
    int lines = 0;
    std::size_t start = 0;
    while (start < block.code.size() && lines < kMaxUsageLines) {
      std::size_t end = block.code.find('\n', start);
      if (end == std::string::npos) end = block.code.size();
      snippet.append(block.code, start, end - start).append("\n");
      ++lines;
      start = end + 1;
    }
    while (!snippet.empty() && (snippet.back() == '\n' || snippet.back() == ' '))
      snippet.pop_back();
    if (snippet.empty()) return;
    sheet_.Add(core::FactKind::kUsageSnippet, snippet,
               At(origin_, block.line_begin, block.line_begin + lines - 1), block.language);
  }

  // Platforms, properties and measured numbers, from prose paragraphs and list items.
  void Statements() {
    std::set<std::string_view> platforms, properties;
    std::size_t benchmarks = 0;
    auto scan = [&](const std::string& text, int line_begin, int line_end, bool is_prose) {
      const std::string lower = " " + Lower(text) + " ";
      for (const PhraseFact& p : kPlatforms) {
        if (lower.find(p.phrase) != std::string::npos && platforms.insert(p.value).second) {
          sheet_.Add(core::FactKind::kPlatform, std::string(p.value),
                     At(origin_, line_begin, line_end), text);
        }
      }
      for (const PhraseFact& p : kProperties) {
        if (lower.find(p.phrase) != std::string::npos && properties.insert(p.value).second) {
          sheet_.Add(core::FactKind::kProperty, std::string(p.value),
                     At(origin_, line_begin, line_end), text);
        }
      }
      if (!is_prose) return;
      for (const std::string& sentence : Sentences(text)) {
        if (benchmarks < kMaxBenchmarks && StatesMeasuredNumber(sentence)) {
          sheet_.Add(core::FactKind::kBenchmark, sentence, At(origin_, line_begin, line_end));
          ++benchmarks;
        }
      }
    };
    for (const OutlineParagraph& p : outline_.paragraphs) {
      if (p.is_prose && !IsBoilerplateHeading(p.heading))
        scan(p.text, p.line_begin, p.line_end, true);
    }
    // Items that start with a link list other projects (integrations, related tools), and
    // items that start with an option ("--flag: ...") document settings: neither describes the
    // project itself.
    for (const OutlineList& list : outline_.lists) {
      if (IsBoilerplateHeading(list.heading)) continue;
      for (const OutlineListItem& item : list.items) {
        if (item.starts_with_link || item.text.rfind("-", 0) == 0) continue;
        scan(item.text, item.line, item.line, true);
      }
    }
  }

  const Outline& outline_;
  const TextOrigin& origin_;
  core::FactSheet& sheet_;
};

}  // namespace

std::string FirstSentence(const std::string& paragraph) {
  std::vector<std::string> sentences = Sentences(paragraph);
  return sentences.empty() ? paragraph : sentences.front();
}

std::string AddReadmeFacts(const Outline& outline, const TextOrigin& origin,
                           core::FactSheet& sheet) {
  return ReadmeExtractor(outline, origin, sheet).Run();
}

}  // namespace repopost::ingest
