#include "generate/phrase_renderer.h"

#include <algorithm>

namespace repopost::generate {

std::vector<std::string> SlotNames(std::string_view phrase) {
  std::vector<std::string> names;
  std::size_t pos = 0;
  while ((pos = phrase.find('{', pos)) != std::string_view::npos) {
    const std::size_t close = phrase.find('}', pos + 1);
    if (close == std::string_view::npos) break;
    names.emplace_back(phrase.substr(pos + 1, close - pos - 1));
    pos = close + 1;
  }
  return names;
}

std::uint64_t SeededHash(std::uint64_t seed, std::string_view key) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : key) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  std::uint64_t z = hash + seed * 0x9E3779B97F4A7C15ULL + 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

core::Result<Rendered> PhraseRenderer::Fill(std::string_view phrase, const SlotMap& slots) {
  Rendered out;
  std::size_t pos = 0;
  while (pos < phrase.size()) {
    const std::size_t open = phrase.find('{', pos);
    const std::size_t close =
        open == std::string_view::npos ? std::string_view::npos : phrase.find('}', open + 1);
    if (close == std::string_view::npos) {
      out.text.append(phrase.substr(pos));
      break;
    }
    out.text.append(phrase.substr(pos, open - pos));
    const std::string_view name = phrase.substr(open + 1, close - open - 1);
    auto it = slots.find(name);
    if (it == slots.end() || it->second.text.empty()) {
      return core::Fail(core::ErrorCode::kInternal,
                        "phrase slot {" + std::string(name) + "} has no fact to fill it");
    }
    out.text += it->second.text;
    for (const std::string& id : it->second.fact_ids) {
      if (std::find(out.fact_ids.begin(), out.fact_ids.end(), id) == out.fact_ids.end()) {
        out.fact_ids.push_back(id);
      }
    }
    pos = close + 1;
  }
  return out;
}

std::vector<Rendered> PhraseRenderer::Candidates(std::string_view section, Tone tone,
                                                 const SlotMap& slots, std::uint64_t seed) const {
  std::vector<Rendered> out;
  const std::vector<Phrase>* phrases = bank_.Section(section);
  if (phrases == nullptr) return out;
  for (const Phrase& phrase : *phrases) {
    if (phrase.tone && *phrase.tone != tone) continue;
    core::Result<Rendered> rendered = Fill(phrase.text, slots);
    if (rendered) out.push_back(std::move(*rendered));
  }
  if (out.size() > 1) {
    const std::size_t first = SeededHash(seed, section) % out.size();
    std::rotate(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
  }
  return out;
}

std::optional<Rendered> PhraseRenderer::Pick(std::string_view section, Tone tone,
                                             const SlotMap& slots, std::uint64_t seed) const {
  std::vector<Rendered> all = Candidates(section, tone, slots, seed);
  if (all.empty()) return std::nullopt;
  return std::move(all.front());
}

}  // namespace repopost::generate
