#include "text/number_extractor.h"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/enum_table.h"

namespace repopost::text {
namespace {

constexpr core::EnumTable<NumberKind, 10> kNumberKinds{{{
    {NumberKind::kCount, "count"},
    {NumberKind::kPercent, "percent"},
    {NumberKind::kMultiplier, "multiplier"},
    {NumberKind::kDuration, "duration"},
    {NumberKind::kSize, "size"},
    {NumberKind::kRate, "rate"},
    {NumberKind::kCurrency, "currency"},
    {NumberKind::kVersion, "version"},
    {NumberKind::kYear, "year"},
    {NumberKind::kRank, "rank"},
}}};

struct WordNumber {
  std::string_view word;
  double value;
  NumberKind kind;
};
constexpr std::array<WordNumber, 14> kWordNumbers{{
    {"zero", 0, NumberKind::kCount},
    {"two", 2, NumberKind::kCount},
    {"three", 3, NumberKind::kCount},
    {"four", 4, NumberKind::kCount},
    {"five", 5, NumberKind::kCount},
    {"six", 6, NumberKind::kCount},
    {"seven", 7, NumberKind::kCount},
    {"eight", 8, NumberKind::kCount},
    {"nine", 9, NumberKind::kCount},
    {"ten", 10, NumberKind::kCount},
    {"eleven", 11, NumberKind::kCount},
    {"twelve", 12, NumberKind::kCount},
    {"twice", 2, NumberKind::kMultiplier},
    {"thrice", 3, NumberKind::kMultiplier},
}};

struct UnitSpec {
  std::string_view text;  // lowercase, as it may follow the number
  NumberKind kind;
  double factor;
  std::string_view unit;
};
// Longest first within a shared prefix; matched case-insensitively and at a word end.
constexpr std::array<UnitSpec, 40> kUnits{{
    {"sloc", NumberKind::kCount, 1, ""},  // source lines: "280sloc" is 280 lines
    {"loc", NumberKind::kCount, 1, ""},
    {"gb/s", NumberKind::kRate, 1, "GB/s"},
    {"mb/s", NumberKind::kRate, 1, "MB/s"},
    {"kb/s", NumberKind::kRate, 1, "KB/s"},
    {"gbps", NumberKind::kRate, 1, "Gbps"},
    {"req/s", NumberKind::kRate, 1, "req/s"},
    {"ops/s", NumberKind::kRate, 1, "ops/s"},
    {"tok/s", NumberKind::kRate, 1, "tok/s"},
    {"tokens/s", NumberKind::kRate, 1, "tok/s"},
    {"t/s", NumberKind::kRate, 1, "tok/s"},
    {"qps", NumberKind::kRate, 1, "req/s"},
    {"rps", NumberKind::kRate, 1, "req/s"},
    {"fps", NumberKind::kRate, 1, "fps"},
    {"milliseconds", NumberKind::kDuration, 1, "ms"},
    {"millisecond", NumberKind::kDuration, 1, "ms"},
    {"ms", NumberKind::kDuration, 1, "ms"},
    {"µs", NumberKind::kDuration, 1e-3, "ms"},
    {"us", NumberKind::kDuration, 1e-3, "ms"},
    {"ns", NumberKind::kDuration, 1e-6, "ms"},
    {"seconds", NumberKind::kDuration, 1e3, "ms"},
    {"second", NumberKind::kDuration, 1e3, "ms"},
    {"sec", NumberKind::kDuration, 1e3, "ms"},
    {"s", NumberKind::kDuration, 1e3, "ms"},
    {"minutes", NumberKind::kDuration, 6e4, "ms"},
    {"minute", NumberKind::kDuration, 6e4, "ms"},
    {"min", NumberKind::kDuration, 6e4, "ms"},
    {"hours", NumberKind::kDuration, 3.6e6, "ms"},
    {"hour", NumberKind::kDuration, 3.6e6, "ms"},
    {"tb", NumberKind::kSize, 1e12, "B"},
    {"gb", NumberKind::kSize, 1e9, "B"},
    {"gib", NumberKind::kSize, 1073741824.0, "B"},
    {"mb", NumberKind::kSize, 1e6, "B"},
    {"mib", NumberKind::kSize, 1048576.0, "B"},
    {"kb", NumberKind::kSize, 1e3, "B"},
    {"kib", NumberKind::kSize, 1024.0, "B"},
    {"bytes", NumberKind::kSize, 1, "B"},
    {"percent", NumberKind::kPercent, 1, "%"},
    {"times", NumberKind::kMultiplier, 1, "x"},
    {"per cent", NumberKind::kPercent, 1, "%"},
}};

constexpr std::array<std::string_view, 8> kLowerBoundCues{
    "over ", "more than ", "at least ", "above ", "upwards of ", "in excess of ", ">", "≥"};
constexpr std::array<std::string_view, 11> kApproxCues{
    "~",      "about ",  "around ", "roughly ", "approximately ", "approx. ",
    "up to ", "nearly ", "almost ", "≈",        "estimated "};

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool StartsWithNoCase(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (pos + prefix.size() > s.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[pos + i]) != prefix[i]) return false;
  }
  return true;
}

bool EndsWithNoCase(std::string_view s, std::size_t end, std::string_view suffix) {
  return end >= suffix.size() && StartsWithNoCase(s, end - suffix.size(), suffix);
}

bool WordEndsAt(std::string_view s, std::size_t pos) {
  return pos >= s.size() || !(IsAlnum(s[pos]) || s[pos] == '_');
}

// strtod never throws; a number too long for a double becomes HUGE_VAL, which is harmless here.
double ParseDouble(const std::string& digits) { return std::strtod(digits.c_str(), nullptr); }

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  std::vector<Quantity> Run() {
    std::size_t pos = 0;
    while (pos < s_.size()) {
      const std::size_t next = TryAt(pos);
      pos = next > pos ? next : pos + 1;
    }
    return std::move(out_);
  }

 private:
  bool DigitAt(std::size_t i) const { return i < s_.size() && IsDigit(s_[i]); }
  char CharAt(std::size_t i) const { return i < s_.size() ? s_[i] : '\0'; }

  // Tries to read a quantity starting at `pos`; returns the position after it, or `pos`.
  std::size_t TryAt(std::size_t pos) {
    const char c = s_[pos];
    const bool word_start = pos == 0 || !(IsAlnum(s_[pos - 1]) || s_[pos - 1] == '_');
    if (!word_start) return pos;
    if ((c == 'v' || c == 'V') && pos + 1 < s_.size() && IsDigit(s_[pos + 1])) {
      return ReadVersion(pos, pos + 1);
    }
    if (c == '#' && pos + 1 < s_.size() && IsDigit(s_[pos + 1])) return ReadRank(pos);
    if (c == '$' || StartsWithNoCase(s_, pos, "€") || StartsWithNoCase(s_, pos, "£")) {
      const std::size_t sym = c == '$' ? 1 : 2;
      if (pos + sym < s_.size() && IsDigit(s_[pos + sym])) return ReadNumber(pos, pos + sym, true);
      return pos;
    }
    if (IsDigit(c)) {
      if (pos > 0 && s_[pos - 1] == '-' && pos > 1 && IsAlnum(s_[pos - 2])) return SkipToken(pos);
      if (pos > 0 && (s_[pos - 1] == '.' || s_[pos - 1] == ':')) return SkipToken(pos);
      return ReadNumber(pos, pos, false);
    }
    if (std::isalpha(static_cast<unsigned char>(c))) return ReadWord(pos);
    return pos;
  }

  std::size_t SkipToken(std::size_t pos) {
    while (pos < s_.size() && (IsAlnum(s_[pos]) || s_[pos] == '.')) ++pos;
    return pos;
  }

  std::size_t ReadWord(std::size_t pos) {
    for (const WordNumber& w : kWordNumbers) {
      if (StartsWithNoCase(s_, pos, w.word) && WordEndsAt(s_, pos + w.word.size())) {
        Quantity q;
        q.kind = w.kind;
        q.value = w.value;
        q.unit = w.kind == NumberKind::kMultiplier ? "x" : "";
        q.is_word = true;
        return Finish(q, pos, pos + w.word.size());
      }
    }
    std::size_t end = pos;
    while (end < s_.size() && std::isalpha(static_cast<unsigned char>(s_[end]))) ++end;
    return end;
  }

  std::size_t ReadRank(std::size_t pos) {
    std::size_t end = pos + 1;
    while (end < s_.size() && IsDigit(s_[end])) ++end;
    if (!WordEndsAt(s_, end)) return SkipToken(end);
    Quantity q;
    q.kind = NumberKind::kRank;
    q.value = ParseDouble(std::string(s_.substr(pos + 1, end - pos - 1)));
    q.unit = "#";
    return Finish(q, pos, end);
  }

  std::size_t ReadVersion(std::size_t begin, std::size_t digits) {
    std::size_t end = digits;
    while (end < s_.size() &&
           (IsDigit(s_[end]) || (s_[end] == '.' && end + 1 < s_.size() && IsDigit(s_[end + 1])))) {
      ++end;
    }
    // Pre-release or build suffix: "1.2.3-rc1", "0.5.0b2".
    while (end < s_.size() && (IsAlnum(s_[end]) || s_[end] == '-') &&
           !(s_[end] == '-' && (end + 1 >= s_.size() || !IsAlnum(s_[end + 1])))) {
      ++end;
    }
    Quantity q;
    q.kind = NumberKind::kVersion;
    q.version = std::string(s_.substr(digits, end - digits));
    return Finish(q, begin, end);
  }

  std::size_t ReadNumber(std::size_t begin, std::size_t digits, bool currency) {
    std::size_t end = digits;
    std::string clean;
    int dots = 0;
    bool grouped = false;
    while (end < s_.size()) {
      const char ch = s_[end];
      if (IsDigit(ch)) {
        clean += ch;
        ++end;
      } else if (ch == ',' && dots == 0 && DigitAt(end + 1) && DigitAt(end + 2) &&
                 DigitAt(end + 3) && !DigitAt(end + 4)) {
        grouped = true;
        ++end;
      } else if (ch == '.' && end + 1 < s_.size() && IsDigit(s_[end + 1])) {
        ++dots;
        clean += '.';
        ++end;
      } else {
        break;
      }
    }
    if (dots >= 2 && !currency) return ReadVersion(begin, digits);
    // ISO date: 2013-10-05 counts as a year.
    if (!grouped && dots == 0 && clean.size() == 4 && CharAt(end) == '-' && DigitAt(end + 1) &&
        DigitAt(end + 2)) {
      Quantity q;
      q.kind = NumberKind::kYear;
      q.value = ParseDouble(clean);
      std::size_t date_end = end + 3;
      if (CharAt(date_end) == '-' && DigitAt(date_end + 1)) {
        date_end += 1;
        while (date_end < s_.size() && IsDigit(s_[date_end])) ++date_end;
      }
      return Finish(q, begin, date_end);
    }
    Quantity q;
    q.value = ParseDouble(clean);
    q.kind = currency ? NumberKind::kCurrency : NumberKind::kCount;
    if (currency) q.unit = std::string(s_.substr(begin, digits - begin));
    end = ReadSuffix(q, end);
    if (!WordEndsAt(s_, end) && !(end < s_.size() && s_[end] == '-')) return SkipToken(end);
    if (q.kind == NumberKind::kCount && !grouped && dots == 0 && q.unit.empty() &&
        clean.size() == 4 && q.value >= 1970 && q.value <= 2100) {
      q.kind = NumberKind::kYear;
    }
    return Finish(q, begin, end);
  }

  // Reads scale (k, M, thousand), unit and "+" after a number; returns the new end.
  std::size_t ReadSuffix(Quantity& q, std::size_t end) {
    std::size_t p = end;
    const auto skip_space = [&](std::size_t x) {
      return x < s_.size() && s_[x] == ' ' ? x + 1 : x;
    };
    if (p < s_.size() && s_[p] == '%') {
      q.kind = NumberKind::kPercent;
      q.unit = "%";
      return ReadPlus(q, p + 1);
    }
    if (StartsWithNoCase(s_, p, "×") ||
        ((s_.size() > p) && (s_[p] == 'x' || s_[p] == 'X') && WordEndsAt(s_, p + 1))) {
      q.kind = NumberKind::kMultiplier;
      q.unit = "x";
      return ReadPlus(q, p + (s_[p] == 'x' || s_[p] == 'X' ? 1 : 2));
    }
    // Scale.
    struct Scale {
      std::string_view text;
      double factor;
      bool spaced;
    };
    constexpr std::array<Scale, 9> kScales{{{"k", 1e3, false},
                                            {"K", 1e3, false},
                                            {"M", 1e6, false},
                                            {"bn", 1e9, false},
                                            {"B", 1e9, false},
                                            {"thousand", 1e3, true},
                                            {"million", 1e6, true},
                                            {"billion", 1e9, true},
                                            {"trillion", 1e12, true}}};
    for (const Scale& sc : kScales) {
      const std::size_t at = sc.spaced ? skip_space(p) : p;
      if (s_.substr(at, sc.text.size()) == sc.text &&
          (WordEndsAt(s_, at + sc.text.size()) ||
           (!sc.spaced && at + sc.text.size() < s_.size() && s_[at + sc.text.size()] == '+') ||
           (!sc.spaced && IsUnitAt(skip_space(at + sc.text.size()))))) {
        // "5M" / "5B" followed by nothing: a scale; "5 MB" is handled below as a unit.
        if (!sc.spaced && (sc.text == "M" || sc.text == "B") && IsUnitAt(at) &&
            !WordEndsAt(s_, at + 1)) {
          break;
        }
        q.value *= sc.factor;
        p = at + sc.text.size();
        break;
      }
    }
    const std::size_t unit_at = skip_space(p);
    for (const UnitSpec& u : kUnits) {
      if (StartsWithNoCase(s_, unit_at, u.text) && WordEndsAt(s_, unit_at + u.text.size())) {
        if (q.kind == NumberKind::kCurrency) break;
        q.kind = u.kind;
        q.value *= u.factor;
        q.unit = std::string(u.unit);
        p = unit_at + u.text.size();
        break;
      }
    }
    return ReadPlus(q, p);
  }

  bool IsUnitAt(std::size_t at) const {
    for (const UnitSpec& u : kUnits) {
      if (StartsWithNoCase(s_, at, u.text) && WordEndsAt(s_, at + u.text.size())) return true;
    }
    return false;
  }

  std::size_t ReadPlus(Quantity& q, std::size_t p) {
    if (p < s_.size() && s_[p] == '+') {
      q.is_lower_bound = true;
      return p + 1;
    }
    return p;
  }

  std::size_t Finish(Quantity q, std::size_t begin, std::size_t end) {
    for (std::string_view cue : kLowerBoundCues) {
      if (EndsWithNoCase(s_, begin, cue)) q.is_lower_bound = true;
    }
    for (std::string_view cue : kApproxCues) {
      if (EndsWithNoCase(s_, begin, cue)) q.is_approximate = true;
    }
    q.begin = begin;
    q.end = end;
    q.surface = std::string(s_.substr(begin, end - begin));
    out_.push_back(std::move(q));
    return end;
  }

  std::string_view s_;
  std::vector<Quantity> out_;
};

}  // namespace

std::string_view ToString(NumberKind kind) { return kNumberKinds.Name(kind); }
std::optional<NumberKind> ParseNumberKind(std::string_view text) { return kNumberKinds.Find(text); }

std::string Quantity::Key() const {
  std::string key(ToString(kind));
  key += ':';
  if (kind == NumberKind::kVersion) return key + version;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", value);
  key += buf;
  if (kind == NumberKind::kRate || kind == NumberKind::kCurrency) key += unit;
  return key;
}

std::vector<Quantity> NumberExtractor::Extract(std::string_view text) const {
  return Scanner(text).Run();
}

}  // namespace repopost::text
