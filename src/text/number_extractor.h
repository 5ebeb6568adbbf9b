// NumberExtractor: finds numbers with their units in text and normalises them, so that "1k",
// "1K", "1,000" and "1000" compare equal, "2×" equals "2x" equals "twice", "1.5 GB/s" keeps its
// rate unit, and "v1.2.3" is a version rather than a decimal.
//
//   for (const text::Quantity& q : text::NumberExtractor().Extract("3x faster, 10k+ stars")) {
//     q.Key();  // "multiplier:3", "count:10000"
//   }
//
// Stateless and thread-safe; never throws; offsets are byte positions in the input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::text {

enum class NumberKind {
  kCount,       // a plain number, possibly with k/M/B or a noun after it ("12 contributors")
  kPercent,     // "40%", "40 percent"
  kMultiplier,  // "3x", "3×", "3 times", "twice"
  kDuration,    // value in milliseconds: "5 ms", "2s", "300µs"
  kSize,        // value in bytes: "4 KB", "1.5 GB"
  kRate,        // value per second, unit kept: "1.2 GB/s", "10k req/s"
  kCurrency,    // "$5", "€10M"
  kVersion,     // "v1.2", "1.2.3": value unused, `version` holds "1.2.3"
  kYear,        // 1900..2100 standing alone (or in an ISO date)
  kRank,        // "#1", "No. 1"
};

std::string_view ToString(NumberKind kind);
std::optional<NumberKind> ParseNumberKind(std::string_view text);

struct Quantity {
  std::size_t begin = 0;  // byte span of the whole mention, unit included
  std::size_t end = 0;
  std::string surface;  // as written
  NumberKind kind = NumberKind::kCount;
  double value = 0;             // normalised (k/M/B applied, durations in ms, sizes in bytes)
  std::string unit;             // canonical unit: "%", "x", "ms", "B", "GB/s", "req/s", "$", ""
  std::string version;          // for kVersion: digits and dots without a leading "v"
  bool is_word = false;         // written as a word ("two", "twice", "zero")
  bool is_lower_bound = false;  // "10k+", "over 100", "more than 5", "at least"
  bool is_approximate = false;  // "~5", "about 5", "around", "roughly", "up to", "nearly"

  // A canonical key, equal for equal quantities: "count:1000", "percent:40", "version:1.2.3".
  std::string Key() const;
};

class NumberExtractor {
 public:
  std::vector<Quantity> Extract(std::string_view text) const;
};

}  // namespace repopost::text
