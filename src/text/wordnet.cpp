#include "text/wordnet.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace repopost::text {
namespace {

constexpr const char* kPosNames[4] = {"noun", "verb", "adj", "adv"};
constexpr char kPosLetters[4] = {'n', 'v', 'a', 'r'};

struct Detachment {
  std::string_view suffix;
  std::string_view ending;
};
// WordNet's morphy rules: inflectional endings per part of speech (adverbs have none).
constexpr Detachment kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detachment kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Detachment kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

int PosOfLetter(char c) {
  switch (c) {
    case 'n':
      return 0;
    case 'v':
      return 1;
    case 'a':
    case 's':
      return 2;
    case 'r':
      return 3;
    default:
      return -1;
  }
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && line[pos] == ' ') ++pos;
    const std::size_t end = std::min(line.find(' ', pos), line.size());
    if (end > pos) out.push_back(line.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

// "Quick(a)" -> "quick"; "command_line" -> "command line".
std::string CleanLemma(std::string_view word) {
  std::string out(word.substr(0, word.find('(')));
  for (char& c : out) {
    c = c == '_' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// A synset's data line parsed: its words and its pointers.
struct Synset {
  struct Pointer {
    std::string_view symbol;
    std::size_t offset = 0;
    int pos = -1;
    int source = 0;  // 1-based word number in this synset, 0 for a semantic pointer
    int target = 0;
  };
  std::vector<std::string_view> words;
  std::vector<Pointer> pointers;
};

Synset ParseSynset(std::string_view line) {
  Synset s;
  const std::vector<std::string_view> f = Fields(line.substr(0, line.find(" | ")));
  if (f.size() < 4) return s;
  const std::size_t words = std::strtoul(std::string(f[3]).c_str(), nullptr, 16);
  std::size_t i = 4;
  for (std::size_t w = 0; w < words && i + 1 < f.size(); ++w, i += 2) s.words.push_back(f[i]);
  if (i >= f.size()) return s;
  const std::size_t pointers = std::strtoul(std::string(f[i]).c_str(), nullptr, 10);
  ++i;
  for (std::size_t p = 0; p < pointers && i + 3 < f.size(); ++p, i += 4) {
    Synset::Pointer ptr;
    ptr.symbol = f[i];
    ptr.offset = std::strtoul(std::string(f[i + 1]).c_str(), nullptr, 10);
    ptr.pos = f[i + 2].empty() ? -1 : PosOfLetter(f[i + 2][0]);
    const unsigned long st = std::strtoul(std::string(f[i + 3]).c_str(), nullptr, 16);
    ptr.source = static_cast<int>(st >> 8);
    ptr.target = static_cast<int>(st & 0xFF);
    s.pointers.push_back(ptr);
  }
  return s;
}

}  // namespace

WordNet::~WordNet() {
  for (MappedFile* files : {index_, data_}) {
    for (int i = 0; i < 4; ++i) {
      if (files[i].data != nullptr) {
        munmap(const_cast<char*>(files[i].data), files[i].size);
      }
    }
  }
}

core::Result<std::unique_ptr<WordNet>> WordNet::Open(const std::filesystem::path& dir) {
  std::unique_ptr<WordNet> wn(new WordNet());
  const auto map_file = [](const std::filesystem::path& path) -> core::Result<MappedFile> {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return core::Fail(core::ErrorCode::kInput, "cannot open " + path.string());
    struct stat st {};
    if (fstat(fd, &st) != 0 || st.st_size <= 0) {
      ::close(fd);
      return core::Fail(core::ErrorCode::kInput, "cannot read " + path.string());
    }
    void* p = mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (p == MAP_FAILED) return core::Fail(core::ErrorCode::kInput, "cannot map " + path.string());
    return MappedFile{static_cast<const char*>(p), static_cast<std::size_t>(st.st_size)};
  };
  for (int pos = 0; pos < 4; ++pos) {
    auto index = map_file(dir / (std::string("index.") + kPosNames[pos]));
    if (!index) return tl::unexpected(index.error());
    wn->index_[pos] = *index;
    auto data = map_file(dir / (std::string("data.") + kPosNames[pos]));
    if (!data) return tl::unexpected(data.error());
    wn->data_[pos] = *data;
    std::ifstream exc(dir / (std::string(kPosNames[pos]) + ".exc"));
    std::string line;
    while (std::getline(exc, line)) {
      const std::vector<std::string_view> f = Fields(line);
      if (f.size() < 2) continue;
      auto& bases = wn->exceptions_[pos][std::string(f[0])];
      for (std::size_t i = 1; i < f.size(); ++i) bases.emplace_back(f[i]);
    }
  }
  return wn;
}

const WordNet* WordNet::Shared() {
  static const std::unique_ptr<WordNet> shared = [] {
    const char* env = std::getenv("REPOPOST_WORDNET_DIR");
    const std::filesystem::path dir = env != nullptr && *env != '\0' ? env : "/usr/share/wordnet";
    auto wn = Open(dir);
    if (!wn) {
      std::fprintf(stderr,
                   "repopost: warning: WordNet not found in %s (install wordnet-base); the claim "
                   "checker matches paraphrases by stemming only\n",
                   dir.c_str());
      return std::unique_ptr<WordNet>();
    }
    return std::move(*wn);
  }();
  return shared.get();
}

std::string_view WordNet::IndexLine(int pos, std::string_view lemma) const {
  const MappedFile& file = index_[pos];
  const std::string_view all(file.data, file.size);
  std::size_t lo = 0;
  std::size_t hi = all.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    std::size_t start = all.rfind('\n', mid == 0 ? 0 : mid - 1);
    start = (start == std::string_view::npos || mid == 0) ? 0 : start + 1;
    if (start < lo) start = lo;
    std::size_t end = all.find('\n', start);
    if (end == std::string_view::npos) end = all.size();
    const std::string_view line = all.substr(start, end - start);
    const std::string_view key = line.substr(0, line.find(' '));
    const int cmp = line.starts_with(" ") ? -1 : key.compare(lemma);
    if (cmp == 0) return line;
    if (cmp < 0) {
      lo = end + 1;
    } else {
      hi = start;
    }
  }
  return {};
}

std::string_view WordNet::DataLine(int pos, std::size_t offset) const {
  const MappedFile& file = data_[pos];
  if (offset >= file.size) return {};
  const std::string_view all(file.data, file.size);
  const std::size_t end = all.find('\n', offset);
  return all.substr(offset, (end == std::string_view::npos ? all.size() : end) - offset);
}

std::vector<std::string> WordNet::BaseFormsIn(int pos, std::string_view word) const {
  std::vector<std::string> out;
  const auto add = [&](std::string form) {
    if (!form.empty() && !IndexLine(pos, form).empty() &&
        std::find(out.begin(), out.end(), form) == out.end()) {
      out.push_back(std::move(form));
    }
  };
  add(std::string(word));
  if (const auto it = exceptions_[pos].find(std::string(word)); it != exceptions_[pos].end()) {
    for (const std::string& base : it->second) add(base);
  }
  const auto apply = [&](const auto& rules) {
    for (const Detachment& r : rules) {
      if (word.size() > r.suffix.size() + 1 && word.ends_with(r.suffix)) {
        add(std::string(word.substr(0, word.size() - r.suffix.size())) + std::string(r.ending));
      }
    }
  };
  if (pos == 0) apply(kNounRules);
  if (pos == 1) apply(kVerbRules);
  if (pos == 2) apply(kAdjRules);
  return out;
}

std::vector<std::string> WordNet::BaseForms(std::string_view word) const {
  std::vector<std::string> out;
  for (int pos = 0; pos < 4; ++pos) {
    for (std::string& b : BaseFormsIn(pos, word)) {
      if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(std::move(b));
    }
  }
  return out;
}

std::vector<std::string> WordNet::Related(std::string_view word, const WordNetReach& reach) const {
  std::vector<std::string> out;
  const auto add = [&](std::string_view lemma) {
    std::string clean = CleanLemma(lemma);
    if (clean.empty() || clean == word) return;
    if (std::find(out.begin(), out.end(), clean) == out.end()) out.push_back(std::move(clean));
  };
  const auto add_synset = [&](int pos, std::size_t offset, int target) {
    const Synset s = ParseSynset(DataLine(pos, offset));
    if (target > 0 && target <= static_cast<int>(s.words.size())) {
      add(s.words[static_cast<std::size_t>(target - 1)]);
      return;
    }
    for (std::string_view w : s.words) add(w);
  };
  for (int pos = 0; pos < 4; ++pos) {
    for (const std::string& base : BaseFormsIn(pos, word)) {
      add(base);
      const std::vector<std::string_view> f = Fields(IndexLine(pos, base));
      if (f.size() < 4) continue;
      const std::size_t synsets = std::strtoul(std::string(f[2]).c_str(), nullptr, 10);
      const std::size_t first = 4 + std::strtoul(std::string(f[3]).c_str(), nullptr, 10) + 2;
      for (std::size_t k = 0; k < synsets && first + k < f.size(); ++k) {
        const int sense = static_cast<int>(k);
        if (sense >=
            std::max({reach.synonym_senses, reach.hypernym_senses, reach.derivation_senses})) {
          break;
        }
        const Synset s = ParseSynset(
            DataLine(pos, std::strtoul(std::string(f[first + k]).c_str(), nullptr, 10)));
        int own = 0;  // this lemma's word number in the synset
        for (std::size_t w = 0; w < s.words.size(); ++w) {
          if (CleanLemma(s.words[w]) == base) own = static_cast<int>(w) + 1;
        }
        if (sense < reach.synonym_senses) {
          for (std::string_view w : s.words) add(w);
        }
        for (const Synset::Pointer& p : s.pointers) {
          if (p.pos < 0) continue;
          const bool hypernym = p.symbol == "@" || p.symbol == "@i";
          const bool similar = (p.symbol == "&" || p.symbol == "\\") && p.source == 0;
          const bool own_pointer = p.source == 0 || p.source == own;
          if (hypernym && sense < reach.hypernym_senses) add_synset(p.pos, p.offset, 0);
          if (similar && sense < reach.synonym_senses) add_synset(p.pos, p.offset, 0);
          if (p.symbol == "\\" && own_pointer && sense < reach.synonym_senses) {
            add_synset(p.pos, p.offset, p.target);
          }
          if (p.symbol == "+" && own_pointer && sense < reach.derivation_senses) {
            add_synset(p.pos, p.offset, p.target);
          }
        }
      }
    }
  }
  return out;
}

}  // namespace repopost::text
