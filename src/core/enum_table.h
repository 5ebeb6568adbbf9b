// EnumTable: the single string table behind an enum's ToString/Parse pair, so the two directions
// can never disagree. Usage:
//   constexpr EnumTable<Color, 2> kColors{{{{Color::kRed, "red"}, {Color::kBlue, "blue"}}}};
//   kColors.Name(Color::kRed) == "red"; kColors.Find("blue") == Color::kBlue
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace repopost::core {

template <typename E, std::size_t N>
struct EnumTable {
  std::array<std::pair<E, std::string_view>, N> entries;

  constexpr std::string_view Name(E value) const {
    for (const auto& [e, name] : entries) {
      if (e == value) return name;
    }
    return "unknown";
  }
  constexpr std::optional<E> Find(std::string_view name) const {
    for (const auto& [e, n] : entries) {
      if (n == name) return e;
    }
    return std::nullopt;
  }
  // "a|b|c", for usage and error messages.
  std::string Choices() const {
    std::string out;
    for (const auto& [e, n] : entries) {
      if (!out.empty()) out += '|';
      out += n;
    }
    return out;
  }
};

}  // namespace repopost::core
