#include "app/publish_signal.h"

#include <algorithm>

#include "core/enum_table.h"

namespace repopost::app {
namespace {

constexpr core::EnumTable<PublishSignal, 3> kSignals{{{
    {PublishSignal::kSafe, "safe"},
    {PublishSignal::kStatesNothing, "states-nothing"},
    {PublishSignal::kNotSafe, "not-safe"},
}}};

// A statement of substance has a few words: "Written in Rust." does, "Meet offline." does not.
constexpr std::size_t kMinStatementWords = 3;

bool IsStatement(std::string_view claim, bool supported) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : claim) {
    const bool letter = c != ' ' && c != '\n';
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return supported && words >= kMinStatementWords;
}

}  // namespace

std::string_view ToString(PublishSignal value) { return kSignals.Name(value); }
std::optional<PublishSignal> ParsePublishSignal(std::string_view text) {
  return kSignals.Find(text);
}

std::string_view Describe(PublishSignal value) {
  switch (value) {
    case PublishSignal::kSafe:
      return "is safe to post";
    case PublishSignal::kStatesNothing:
      return "states nothing a reader could check, so it is not safe to post as it is";
    case PublishSignal::kNotSafe:
      return "is not safe to post";
  }
  return "is not safe to post";
}

PublishSignal SignalFor(const safety::SafetyReport& report) {
  if (!report.is_safe) return PublishSignal::kNotSafe;
  const bool states = std::any_of(report.claims.begin(), report.claims.end(), [](const auto& c) {
    return IsStatement(c.text, c.verdict == safety::Verdict::kSupported);
  });
  return states ? PublishSignal::kSafe : PublishSignal::kStatesNothing;
}

PublishSignal SignalFor(const store::SafetyReportRecord& report) {
  if (report.verdict != "consistent") return PublishSignal::kNotSafe;
  const bool states = std::any_of(report.claims.begin(), report.claims.end(), [](const auto& c) {
    return IsStatement(c.text, c.verdict == "supported");
  });
  return states ? PublishSignal::kSafe : PublishSignal::kStatesNothing;
}

}  // namespace repopost::app
