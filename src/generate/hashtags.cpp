#include "generate/hashtags.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "generate/spec_table.h"

namespace repopost::generate {
namespace {
using Pair = std::pair<std::string_view, std::string_view>;

constexpr std::array<Pair, 34> kLanguageTags{{
    {"c++", "#Cpp"},
    {"c", "#CProgramming"},
    {"go", "#Golang"},
    {"rust", "#RustLang"},
    {"python", "#Python"},
    {"javascript", "#JavaScript"},
    {"typescript", "#TypeScript"},
    {"java", "#Java"},
    {"kotlin", "#Kotlin"},
    {"c#", "#CSharp"},
    {"f#", "#FSharp"},
    {"ruby", "#Ruby"},
    {"php", "#PHP"},
    {"swift", "#Swift"},
    {"objective-c", "#ObjectiveC"},
    {"scala", "#Scala"},
    {"haskell", "#Haskell"},
    {"elixir", "#Elixir"},
    {"erlang", "#Erlang"},
    {"clojure", "#Clojure"},
    {"lua", "#Lua"},
    {"zig", "#ZigLang"},
    {"dart", "#Dart"},
    {"r", "#RStats"},
    {"julia", "#JuliaLang"},
    {"shell", "#Bash"},
    {"bash", "#Bash"},
    {"perl", "#Perl"},
    {"ocaml", "#OCaml"},
    {"nim", "#NimLang"},
    {"vue", "#VueJS"},
    {"cuda", "#CUDA"},
    {"html", "#WebDev"},
    {"css", "#WebDev"},
}};

// Acronyms and short words whose tag is not simple capitalisation.
constexpr std::array<Pair, 20> kWordTags{{
    {"cli", "#CLI"},       {"api", "#API"},
    {"ai", "#AI"},         {"ml", "#MachineLearning"},
    {"llm", "#LLM"},       {"llms", "#LLM"},
    {"nlp", "#NLP"},       {"http", "#HTTP"},
    {"json", "#JSON"},     {"gpu", "#GPU"},
    {"sql", "#SQL"},       {"tui", "#TUI"},
    {"ui", "#UI"},         {"devops", "#DevOps"},
    {"nodejs", "#NodeJS"}, {"node", "#NodeJS"},
    {"npm", "#NPM"},       {"ios", "#iOS"},
    {"macos", "#macOS"},   {"webassembly", "#WebAssembly"},
}};

// Domain phrases in a description and the tag each suggests.
constexpr std::array<Pair, 26> kDomainTags{{
    {"machine learning", "#MachineLearning"},
    {"deep learning", "#DeepLearning"},
    {"language model", "#LLM"},
    {"llm", "#LLM"},
    {"speech", "#SpeechRecognition"},
    {"command-line", "#CommandLine"},
    {"command line", "#CommandLine"},
    {"terminal", "#Terminal"},
    {"database", "#Databases"},
    {"key-value", "#Databases"},
    {"web framework", "#WebDevelopment"},
    {"http", "#WebDevelopment"},
    {"fuzzy", "#CommandLine"},
    {"compiler", "#Compilers"},
    {"security", "#CyberSecurity"},
    {"testing", "#Testing"},
    {"benchmark", "#Performance"},
    {"performance", "#Performance"},
    {"hallucination", "#AI"},
    {"inference", "#AI"},
    {"neural", "#DeepLearning"},
    {"kubernetes", "#Kubernetes"},
    {"docker", "#Docker"},
    {"game", "#GameDev"},
    {"data science", "#DataScience"},
    {"natural language", "#NLP"},
}};

constexpr std::array<std::string_view, 3> kGeneralTags{"#SoftwareDevelopment", "#Programming",
                                                       "#Coding"};

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view Lookup(std::span<const Pair> table, std::string_view key) {
  for (const auto& [k, tag] : table) {
    if (k == key) return tag;
  }
  return {};
}

void Add(std::vector<std::string>& tags, std::string tag) {
  if (tag.empty() || tags.size() >= kMaxHashtags) return;
  const std::string lower = Lower(tag);
  const bool seen = std::any_of(tags.begin(), tags.end(),
                                [&](const std::string& t) { return Lower(t) == lower; });
  if (!seen) tags.push_back(std::move(tag));
}
}  // namespace

std::string_view LanguageHashtag(std::string_view language) {
  return Lookup(kLanguageTags, Lower(language));
}

std::string ToHashtag(std::string_view word) {
  const std::string lower = Lower(word);
  if (std::string_view mapped = Lookup(kWordTags, lower); !mapped.empty())
    return std::string(mapped);
  if (std::string_view language = LanguageHashtag(word); !language.empty())
    return std::string(language);
  std::string out = "#";
  bool upper_next = true;
  for (unsigned char c : word) {
    if (c >= 0x80) {  // non-ASCII letters stay as they are: LinkedIn tags are Unicode
      out += static_cast<char>(c);
      upper_next = false;
      continue;
    }
    if (std::isalnum(c) == 0) {
      upper_next = true;
      continue;
    }
    out += upper_next ? static_cast<char>(std::toupper(c)) : static_cast<char>(c);
    upper_next = false;
  }
  if (out.size() < 3 || out.size() > 31) return {};
  // A tag that is only digits reads as noise ("#2024").
  if (std::all_of(out.begin() + 1, out.end(), [](unsigned char c) { return std::isdigit(c); }))
    return {};
  return out;
}

std::vector<std::string> PickHashtags(const core::FactSheet& sheet, const PostOptions& options) {
  std::vector<std::string> tags;
  if (!options.hashtags) return tags;
  if (sheet.First(core::FactKind::kLicense) != nullptr) Add(tags, "#OpenSource");
  for (const core::Fact* fact : sheet.All(core::FactKind::kLanguage)) {
    if (tags.size() >= 2) break;  // the main language only; more reads as spam
    Add(tags, std::string(LanguageHashtag(fact->value)));
  }
  for (core::FactKind kind : {core::FactKind::kTopic, core::FactKind::kKeyword}) {
    for (const core::Fact* fact : sheet.All(kind)) {
      if (tags.size() >= 4) break;
      Add(tags, ToHashtag(fact->value));
    }
  }
  std::string description;
  for (core::FactKind kind : {core::FactKind::kDescription, core::FactKind::kSummary}) {
    if (const core::Fact* fact = sheet.First(kind)) description += " " + Lower(fact->value);
  }
  for (const auto& [phrase, tag] : kDomainTags) {
    if (tags.size() >= 4) break;
    if (description.find(phrase) != std::string::npos) Add(tags, std::string(tag));
  }
  if (tags.size() < kMinHashtags) Add(tags, std::string(SpecFor(options.style).hashtag));
  for (std::string_view general : kGeneralTags) {
    if (tags.size() >= kMinHashtags) break;
    Add(tags, std::string(general));
  }
  return tags;
}

}  // namespace repopost::generate
