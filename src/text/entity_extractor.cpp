#include "text/entity_extractor.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/enum_table.h"
#include "text/emoji.h"
#include "text/sentence_segmenter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace repopost::text {
namespace {

constexpr core::EnumTable<EntityKind, 5> kEntityKinds{{{
    {EntityKind::kName, "name"},
    {EntityKind::kTechnology, "technology"},
    {EntityKind::kLanguage, "language"},
    {EntityKind::kLicense, "license"},
    {EntityKind::kCodeIdentifier, "code-identifier"},
}}};

// Lowercase; languages count only when written capitalised (or with symbols: c++, c#).
constexpr std::string_view kLanguages[] = {
    "go",      "golang", "rust",        "python",  "java",  "javascript", "typescript", "c",
    "c++",     "c#",     "ruby",        "php",     "swift", "kotlin",     "scala",      "haskell",
    "elixir",  "erlang", "zig",         "lua",     "perl",  "julia",      "dart",       "ocaml",
    "clojure", "nim",    "objective-c", "fortran", "r",     "f#",         "cobol",      "groovy",
    "crystal", "v",      "mojo",        "solidity"};

constexpr std::string_view kLicenses[] = {
    "mit",          "apache-2.0",   "apache",   "gpl",  "gplv2",    "gplv3",     "gpl-2.0",
    "gpl-3.0",      "lgpl",         "lgpl-3.0", "agpl", "agpl-3.0", "agplv3",    "bsd",
    "bsd-2-clause", "bsd-3-clause", "mpl-2.0",  "mpl",  "isc",      "unlicense", "cc0",
    "cc0-1.0",      "zlib",         "wtfpl",    "eupl", "sspl"};

// Known names that count even when written lowercase or first in a sentence.
constexpr std::string_view kTechnologies[] = {
    "docker",    "kubernetes", "k8s",        "postgres",    "postgresql", "mysql",   "sqlite",
    "redis",     "mongodb",    "kafka",      "nginx",       "linux",      "windows", "macos",
    "ios",       "android",    "freebsd",    "aws",         "gcp",        "azure",   "google",
    "microsoft", "apple",      "facebook",   "amazon",      "netflix",    "openai",  "anthropic",
    "nvidia",    "intel",      "amd",        "github",      "gitlab",     "react",   "vue",
    "angular",   "svelte",     "next.js",    "node.js",     "nodejs",     "deno",    "django",
    "flask",     "fastapi",    "tensorflow", "pytorch",     "numpy",      "pandas",  "jax",
    "cuda",      "vulkan",     "opencl",     "webassembly", "wasm",       "llvm",    "gcc",
    "clang",     "cmake",      "bazel",      "npm",         "pip",        "cargo",   "homebrew",
    "vim",       "neovim",     "emacs",      "vscode",      "tmux",       "zsh",     "graphql",
    "grpc",      "protobuf",   "chatgpt",    "gpt-4",       "gpt-3.5",    "gpt-4o",  "llama",
    "mistral",   "gemini",     "claude",     "huggingface", "slack",      "discord", "stripe",
    "shopify",   "uber",       "airbnb",     "spotify",     "ibm",        "oracle",  "salesforce",
    "twitter",   "tesla",      "kubeflow",   "terraform",   "ansible",    "jenkins"};

constexpr std::string_view kFunctionWords[] = {
    "i",      "i'm",     "i've",  "i'd",     "i'll",   "the",   "this",    "that",    "these",
    "those",  "it",      "it's",  "its",     "we",     "we're", "we've",   "you",     "you're",
    "you'll", "your",    "our",   "my",      "he",     "she",   "they",    "their",   "a",
    "an",     "and",     "but",   "or",      "so",     "if",    "when",    "what",    "why",
    "how",    "who",     "where", "which",   "here",   "there", "now",     "then",    "just",
    "no",     "yes",     "not",   "all",     "every",  "each",  "some",    "any",     "one",
    "with",   "without", "for",   "from",    "in",     "on",    "at",      "by",      "to",
    "of",     "as",      "is",    "are",     "was",    "be",    "do",      "does",    "did",
    "can",    "will",    "also",  "plus",    "new",    "today", "let's",   "let",     "try",
    "check",  "star",    "read",  "meet",    "built",  "ever",  "because", "instead", "still",
    "even",   "most",    "more",  "less",    "best",   "great", "love",    "thanks",  "thank",
    "hey",    "hi",      "hello", "note",    "update", "step",  "bonus",   "pro",     "tip",
    "ready",  "want",    "need",  "imagine", "stop",   "start", "learn",   "open",    "source",
    "big",    "huge",    "small", "fast",    "simple", "free"};

template <std::size_t N>
bool Contains(const std::string_view (&table)[N], std::string_view word) {
  return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

std::string Lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsPunctuationCodePoint(char32_t cp) {
  return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xA0 ||
         cp == 0xAB || cp == 0xBB || cp == 0xB7 || cp == 0xFFFD || cp == 0xFEFF ||
         (cp >= 0xFF00 && cp <= 0xFF0F) || IsEmojiCodePoint(cp) || IsSymbolNotWord(cp);
}

// Width of a word character at `pos`, or 0.
std::size_t WordCharAt(std::string_view s, std::size_t pos) {
  const unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) return std::isalnum(c) || c == '_' ? 1 : 0;
  std::size_t next = pos;
  const char32_t cp = DecodeAt(s, next);
  return IsPunctuationCodePoint(cp) ? 0 : next - pos;
}

struct RawToken {
  std::size_t begin;
  std::size_t end;
};

std::vector<RawToken> ScanTokens(std::string_view s) {
  std::vector<RawToken> out;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t begin = pos;
    // Leading "." (".NET") or "--" (flags) when a word follows.
    if (s[pos] == '-' && pos + 2 < s.size() && s[pos + 1] == '-' && WordCharAt(s, pos + 2)) {
      pos += 2;
    } else if (s[pos] == '.' && pos + 1 < s.size() && WordCharAt(s, pos + 1) &&
               (pos == 0 || WordCharAt(s, pos - 1) == 0)) {
      pos += 1;
    }
    std::size_t w = WordCharAt(s, pos);
    if (pos >= s.size() || w == 0) {
      pos = begin + 1;
      while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
      continue;
    }
    while (pos < s.size()) {
      w = WordCharAt(s, pos);
      if (w > 0) {
        pos += w;
        continue;
      }
      const char c = s[pos];
      const bool connector = c == '.' || c == '-' || c == '\'' || c == '/' || c == ':';
      if (connector && pos + 1 < s.size()) {
        std::size_t after = pos + 1;
        if (c == ':' && s[after] == ':') ++after;  // C++ scopes
        if (c == ':' && after == pos + 1) break;
        if (after < s.size() && WordCharAt(s, after) > 0) {
          pos = after;
          continue;
        }
      }
      break;
    }
    // "C++", "C#", "F#": symbols after a short word.
    while (pos < s.size() && (s[pos] == '+' || s[pos] == '#') && pos - begin <= 2) ++pos;
    out.push_back({begin, pos});
  }
  return out;
}

struct Masked {
  std::size_t begin;
  std::size_t end;
};

// URLs, emails, backtick code spans: excluded from name detection.
std::vector<Masked> MaskedSpans(std::string_view s) {
  std::vector<Masked> out;
  for (std::size_t pos = 0; pos < s.size(); ++pos) {
    if (s.compare(pos, 7, "http://") == 0 || s.compare(pos, 8, "https://") == 0 ||
        s.compare(pos, 4, "www.") == 0) {
      std::size_t end = pos;
      while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end]))) ++end;
      out.push_back({pos, end});
      pos = end;
    } else if (s[pos] == '@' && pos > 0 && WordCharAt(s, pos - 1)) {
      std::size_t begin = pos;
      while (begin > 0 && !std::isspace(static_cast<unsigned char>(s[begin - 1]))) --begin;
      std::size_t end = pos;
      while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end]))) ++end;
      out.push_back({begin, end});
      pos = end;
    }
  }
  return out;
}

bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool IsLower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }

bool HasInnerCapitalOrDigit(std::string_view w) {
  for (std::size_t i = 1; i < w.size(); ++i) {
    if (IsUpper(w[i]) || std::isdigit(static_cast<unsigned char>(w[i]))) return true;
  }
  return false;
}

bool IsAcronym(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (IsLower(c)) return false;
    if (IsUpper(c)) ++letters;
  }
  return letters >= 2;
}

bool IsCodeLike(std::string_view w) {
  if (w.starts_with("--")) return true;
  if (w.find('_') != std::string_view::npos || w.find("::") != std::string_view::npos) {
    return true;
  }
  if (!w.empty() && IsLower(w[0])) {
    for (char c : w) {
      if (IsUpper(c)) return true;  // camelCase
    }
    const std::size_t dot = w.find('.');
    if (dot != std::string_view::npos && dot + 1 < w.size() && IsLower(w[dot + 1])) return true;
  }
  return false;
}

class Extraction {
 public:
  explicit Extraction(std::string_view s) : s_(s), masked_(MaskedSpans(s)) {}

  std::vector<Entity> Run() {
    ReadBackticks();
    const std::vector<RawToken> tokens = ScanTokens(s_);
    bool sentence_start = true;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const RawToken& t = tokens[i];
      if (IsMasked(t.begin)) {
        sentence_start = false;
        continue;
      }
      const std::string_view word = s_.substr(t.begin, t.end - t.begin);
      const bool initial = sentence_start || AfterColon(t.begin);
      sentence_start = false;
      if (Classify(word, t, initial)) continue;
      if (!IsUpper(word[0]) || EntityExtractor::IsFunctionWord(word)) continue;
      if (initial && !IsAcronym(word) && !HasInnerCapitalOrDigit(word)) continue;
      // Merge following capitalised tokens into one name ("Jane Doe", "Google Cloud").
      std::size_t j = i + 1;
      while (j < tokens.size() && OnlySpaceBetween(tokens[j - 1].end, tokens[j].begin) &&
             IsUpper(s_[tokens[j].begin]) &&
             !EntityExtractor::IsFunctionWord(
                 s_.substr(tokens[j].begin, tokens[j].end - tokens[j].begin))) {
        ++j;
      }
      Add(EntityKind::kName, t.begin, tokens[j - 1].end);
      i = j - 1;
    }
    std::sort(out_.begin(), out_.end(),
              [](const Entity& a, const Entity& b) { return a.begin < b.begin; });
    return std::move(out_);
  }

 private:
  // Known languages, licences, technologies and code identifiers; true when `word` was one.
  bool Classify(std::string_view word, const RawToken& t, bool initial) {
    const std::string lower = Lowercase(word);
    if (Contains(kLicenses, lower) && (IsUpper(word[0]) || lower.find('-') != std::string::npos)) {
      Add(EntityKind::kLicense, t.begin, t.end);
      return true;
    }
    const bool symbolic = lower == "c++" || lower == "c#" || lower == "f#";
    if (Contains(kLanguages, lower) && (IsUpper(word[0]) || symbolic)) {
      const bool ambiguous = lower == "go" || lower == "c" || lower == "r" || lower == "v";
      if (ambiguous && (initial || (word.size() > 1 && IsUpper(word[1])))) return true;
      Add(EntityKind::kLanguage, t.begin, t.end);
      return true;
    }
    if (Contains(kTechnologies, lower)) {
      Add(EntityKind::kTechnology, t.begin, t.end);
      return true;
    }
    if (IsCodeLike(word)) {
      Add(EntityKind::kCodeIdentifier, t.begin, t.end);
      return true;
    }
    return false;
  }

  void ReadBackticks() {
    std::size_t pos = 0;
    while ((pos = s_.find('`', pos)) != std::string_view::npos) {
      const std::size_t close = s_.find('`', pos + 1);
      if (close == std::string_view::npos) break;
      if (close > pos + 1) Add(EntityKind::kCodeIdentifier, pos + 1, close);
      masked_.push_back({pos, close + 1});
      pos = close + 1;
    }
  }

  bool IsMasked(std::size_t at) const {
    for (const Masked& m : masked_) {
      if (at >= m.begin && at < m.end) return true;
    }
    return false;
  }

  bool AfterColon(std::size_t at) const {
    std::size_t p = at;
    while (p > 0 && s_[p - 1] == ' ') --p;
    return p > 0 && (s_[p - 1] == ':' || s_[p - 1] == '"' || s_[p - 1] == '(' ||
                     (p < at && (s_[p - 1] == '.' || s_[p - 1] == '!' || s_[p - 1] == '?')));
  }

  bool OnlySpaceBetween(std::size_t a, std::size_t b) const { return b == a + 1 && s_[a] == ' '; }

  void Add(EntityKind kind, std::size_t begin, std::size_t end) {
    Entity e;
    e.kind = kind;
    e.begin = begin;
    e.end = end;
    e.surface = std::string(s_.substr(begin, end - begin));
    e.normalized = EntityExtractor::Normalize(e.surface);
    if (!e.normalized.empty()) out_.push_back(std::move(e));
  }

  std::string_view s_;
  std::vector<Masked> masked_;
  std::vector<Entity> out_;
};

}  // namespace

std::string_view ToString(EntityKind kind) { return kEntityKinds.Name(kind); }
std::optional<EntityKind> ParseEntityKind(std::string_view text) { return kEntityKinds.Find(text); }

std::vector<Entity> EntityExtractor::Extract(std::string_view text) const {
  return Extraction(text).Run();
}

std::vector<std::string> EntityExtractor::Tokens(std::string_view text) {
  std::vector<std::string> out;
  for (const RawToken& t : ScanTokens(text)) {
    std::string token = FoldCase(text.substr(t.begin, t.end - t.begin));
    if (token.size() > 2 && (token.ends_with("'s") || token.ends_with("’s"))) {
      token.resize(token.size() - 2);
    }
    while (!token.empty() && (token.back() == '.' || token.back() == '-')) token.pop_back();
    if (!token.empty()) out.push_back(std::move(token));
  }
  return out;
}

std::string EntityExtractor::Normalize(std::string_view text) {
  std::string out;
  for (const std::string& t : Tokens(text)) {
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

bool EntityExtractor::IsFunctionWord(std::string_view word) {
  return Contains(kFunctionWords, Lowercase(word));
}

}  // namespace repopost::text
