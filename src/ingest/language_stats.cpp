#include "ingest/language_stats.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

namespace repopost::ingest {
namespace {

struct Extension {
  std::string_view extension;  // lower case, without the dot
  std::string_view language;
};

constexpr std::array<Extension, 72> kExtensions = {{
    {"c", "C"},
    {"h", "C"},
    {"cc", "C++"},
    {"cpp", "C++"},
    {"cxx", "C++"},
    {"hpp", "C++"},
    {"hh", "C++"},
    {"hxx", "C++"},
    {"ipp", "C++"},
    {"inl", "C++"},
    {"cu", "CUDA"},
    {"cuh", "CUDA"},
    {"m", "Objective-C"},
    {"mm", "Objective-C++"},
    {"go", "Go"},
    {"rs", "Rust"},
    {"py", "Python"},
    {"pyi", "Python"},
    {"pyx", "Cython"},
    {"js", "JavaScript"},
    {"mjs", "JavaScript"},
    {"cjs", "JavaScript"},
    {"jsx", "JavaScript"},
    {"ts", "TypeScript"},
    {"tsx", "TypeScript"},
    {"mts", "TypeScript"},
    {"java", "Java"},
    {"kt", "Kotlin"},
    {"kts", "Kotlin"},
    {"scala", "Scala"},
    {"groovy", "Groovy"},
    {"cs", "C#"},
    {"fs", "F#"},
    {"vb", "Visual Basic .NET"},
    {"swift", "Swift"},
    {"rb", "Ruby"},
    {"php", "PHP"},
    {"pl", "Perl"},
    {"pm", "Perl"},
    {"lua", "Lua"},
    {"r", "R"},
    {"jl", "Julia"},
    {"dart", "Dart"},
    {"ex", "Elixir"},
    {"exs", "Elixir"},
    {"erl", "Erlang"},
    {"hs", "Haskell"},
    {"ml", "OCaml"},
    {"clj", "Clojure"},
    {"zig", "Zig"},
    {"nim", "Nim"},
    {"v", "V"},
    {"sh", "Shell"},
    {"bash", "Shell"},
    {"zsh", "Shell"},
    {"fish", "fish"},
    {"ps1", "PowerShell"},
    {"bat", "Batchfile"},
    {"html", "HTML"},
    {"htm", "HTML"},
    {"css", "CSS"},
    {"scss", "SCSS"},
    {"vue", "Vue"},
    {"svelte", "Svelte"},
    {"sql", "SQL"},
    {"cmake", "CMake"},
    {"mk", "Makefile"},
    {"glsl", "GLSL"},
    {"metal", "Metal"},
    {"asm", "Assembly"},
    {"s", "Assembly"},
    {"vim", "Vim Script"},
}};

struct FileName {
  std::string_view name;
  std::string_view language;
};

constexpr std::array<FileName, 6> kFileNames = {{{"Makefile", "Makefile"},
                                                 {"GNUmakefile", "Makefile"},
                                                 {"CMakeLists.txt", "CMake"},
                                                 {"Dockerfile", "Dockerfile"},
                                                 {"Rakefile", "Ruby"},
                                                 {"meson.build", "Meson"}}};

constexpr std::array<std::string_view, 14> kExcludedDirectories = {
    "vendor/",           "vendors/",      "third_party/", "third-party/",  "thirdparty/",
    "3rdparty/",         "node_modules/", "external/",    "generated/",    "dist/",
    "bower_components/", "Pods/",         ".yarn/",       "site-packages/"};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

bool IsExcludedFromLanguages(std::string_view path) {
  for (std::string_view dir : kExcludedDirectories) {
    if (path.substr(0, dir.size()) == dir) return true;
    const std::string nested = "/" + std::string(dir);
    if (path.find(nested) != std::string_view::npos) return true;
  }
  return EndsWith(path, ".min.js") || EndsWith(path, ".min.css") || EndsWith(path, "-min.js") ||
         EndsWith(path, ".pb.go") || EndsWith(path, "_pb2.py") || EndsWith(path, ".pb.cc") ||
         EndsWith(path, ".pb.h") || path.find(".generated.") != std::string_view::npos ||
         EndsWith(path, ".bundle.js");
}

std::optional<std::string_view> LanguageOf(std::string_view path) {
  if (IsExcludedFromLanguages(path)) return std::nullopt;
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (const FileName& entry : kFileNames) {
    if (name == entry.name) return entry.language;
  }
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  std::string extension(name.substr(dot + 1));
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const Extension& entry : kExtensions) {
    if (extension == entry.extension) return entry.language;
  }
  return std::nullopt;
}

std::vector<LanguageShare> ComputeLanguageShares(const std::vector<TreeFile>& files) {
  // ".h" headers belong to C++ when the repository has more C++ than C source files.
  std::size_t c_files = 0, cpp_files = 0;
  for (const TreeFile& file : files) {
    auto language = LanguageOf(file.path);
    if (language == "C" && !EndsWith(file.path, ".h")) ++c_files;
    if (language == "C++") ++cpp_files;
  }
  const bool headers_are_cpp = cpp_files > c_files;
  std::map<std::string_view, LanguageShare> by_language;
  std::size_t total = 0;
  for (const TreeFile& file : files) {
    auto language = LanguageOf(file.path);
    if (!language) continue;
    if (headers_are_cpp && EndsWith(file.path, ".h")) language = "C++";
    LanguageShare& share = by_language[*language];
    share.language = std::string(*language);
    share.bytes += file.size_bytes;
    share.files += 1;
    total += file.size_bytes;
  }
  std::vector<LanguageShare> out;
  for (auto& [name, share] : by_language) {
    share.share = total == 0 ? 0.0 : static_cast<double>(share.bytes) / static_cast<double>(total);
    out.push_back(std::move(share));
  }
  std::stable_sort(out.begin(), out.end(), [](const LanguageShare& a, const LanguageShare& b) {
    return a.bytes != b.bytes ? a.bytes > b.bytes : a.language < b.language;
  });
  return out;
}

}  // namespace repopost::ingest
