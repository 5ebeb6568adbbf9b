#include "text/stemmer.h"

#include <libstemmer.h>

#include <cstdlib>
#include <unordered_map>

namespace repopost::text {
namespace {
constexpr std::size_t kMaxStemmedBytes = 64;
}  // namespace

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {
  // sb_stemmer_new fails only on an unknown language or out of memory: a broken build.
  if (stemmer_ == nullptr) std::abort();
}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

std::string Stemmer::Stem(std::string_view word) {
  if (word.empty() || word.size() > kMaxStemmedBytes) return std::string(word);
  for (char c : word) {
    if (c >= '0' && c <= '9') return std::string(word);
  }
  const sb_symbol* stem = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                          static_cast<int>(word.size()));
  if (stem == nullptr) return std::string(word);  // out of memory inside libstemmer
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

std::string StemEnglish(std::string_view word) {
  // Word frequencies are Zipfian: a small per-thread memo answers most calls without libstemmer.
  constexpr std::size_t kMaxMemo = 1 << 16;
  thread_local Stemmer stemmer;
  thread_local std::unordered_map<std::string, std::string> memo;
  std::string key(word);
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  if (memo.size() >= kMaxMemo) memo.clear();
  std::string stem = stemmer.Stem(word);
  memo.emplace(std::move(key), stem);
  return stem;
}

}  // namespace repopost::text
