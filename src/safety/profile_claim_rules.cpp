#include "safety/profile_claim_rules.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "profile/clean_text.h"
#include "profile/install_command.h"
#include "profile/platform_names.h"
#include "profile/profile_sheet.h"
#include "profile/version_tag.h"
#include "safety/evidence_location.h"
#include "text/entity_extractor.h"

namespace repopost::safety {
namespace {

using profile::LowerAscii;

Evidence FromSpan(const profile::SourceSpan& span, std::string matched, std::string part) {
  Evidence e;
  e.path = Location(profile::ToProvenance(span, ""));
  if (!span.path.empty()) {
    e.line_begin = span.line_begin;
    e.line_end = span.line_end > 0 ? span.line_end : span.line_begin;
  }
  e.matched_text = std::move(matched);
  e.part = std::move(part);
  return e;
}

void Lower(ClaimResult& result, Verdict verdict, std::string rationale, std::string part) {
  if (verdict == Verdict::kContradicted || result.verdict == Verdict::kSupported) {
    result.verdict = verdict;
    result.reason = Reason::kProfile;
    result.confidence = 0.9;
    result.rationale = std::move(rationale);
  }
  result.unsupported_parts.push_back(std::move(part));
}

bool StatesSupport(const std::string& lower) {
  for (std::string_view cue :
       {"runs on",        "run on",          "works on",      "work on",      "supports",
        "supported",      "support for",     "available for", "available on", "for linux",
        "for macos",      "for windows",     "on linux",      "on macos",     "on windows",
        "cross-platform", "compatible with", "install on",    "platforms",    "builds on",
        "native"}) {
    if (lower.find(cue) != std::string::npos) return true;
  }
  return false;
}

// "Resolves a build warning ... on Windows", "Fixed a crash on macOS": a change log item about a
// change made on a platform, not a statement of where the project runs.
bool DescribesAChange(const std::string& lower) {
  for (std::string_view lead :
       {"fix ", "fixes ", "fixed ", "resolve ", "resolves ", "resolved ", "correct ", "corrects ",
        "corrected ", "avoid ", "avoids ", "avoided ", "silence ", "silences ", "silenced "}) {
    if (lower.starts_with(lead)) return true;
  }
  return false;
}

const profile::PlatformStatement* Find(const std::vector<profile::PlatformStatement>& list,
                                       const std::string& platform) {
  for (const auto& s : list) {
    if (s.platform == platform) return &s;
  }
  return nullptr;
}

// "Install with cargo install x", "Get started: apt install x", "→ cargo install x": a lead of a
// few words and one install command that ends the sentence. Such a line is judged on its command,
// as a call to action is, whatever the lead's first word.
bool IsLeadAndInstall(std::string_view text) {
  const std::vector<std::string> commands = profile::InstallCommandsIn(text);
  if (commands.size() != 1) return false;
  const std::size_t at = text.find(commands.front());
  if (at == std::string_view::npos) return false;
  std::string_view rest = text.substr(at + commands.front().size());
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '.' || rest.front() == '`')) {
    rest.remove_prefix(1);
  }
  if (!rest.empty()) return false;
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text.substr(0, at)) {
    const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
    words += letter && !in_word;
    in_word = letter;
  }
  return words <= 3;
}

}  // namespace

void ProfileClaimRules::Apply(const Claim& claim, ClaimResult& result) const {
  if (!profile_ || profile_->name.empty()) return;
  if (result.verdict == Verdict::kNotAClaim && claim.role != ClaimRole::kCallToAction &&
      claim.role != ClaimRole::kQuestion) {
    return;
  }
  // Calls to action and questions state things too ("Get started: apt install x", "Why is X
  // 10x faster?"): their install lines and platforms are checked like any claim's.
  const bool was_claim = result.verdict != Verdict::kNotAClaim;
  if (!was_claim) result.verdict = Verdict::kSupported;
  if (was_claim && IsLeadAndInstall(claim.text())) {
    result.verdict = Verdict::kSupported;
    result.reason = Reason::kFound;
    result.confidence = 0.8;
    result.rationale = "supported: an install line, checked against how the repository installs it";
    result.unsupported_parts.clear();
    for (CheckedPart& part : result.parts) part.found = true;
  }
  const bool changed = CheckInstall(claim, result) | CheckPlatforms(claim, result) |
                       CheckRelease(claim, result) | (was_claim && CheckCaveat(claim, result));
  if (!was_claim && !changed) result.verdict = Verdict::kNotAClaim;
}

bool ProfileClaimRules::CheckPlatforms(const Claim& claim, ClaimResult& result) const {
  const std::vector<std::string> named = profile::PlatformsNamed(claim.text());
  if (named.empty()) return false;
  const std::string lower = LowerAscii(claim.text());
  if (DescribesAChange(lower)) return false;
  const bool negated = profile::SaysUnsupported(claim.text()) ||
                       lower.find("doesn't") != std::string::npos ||
                       lower.find("does not") != std::string::npos;
  bool changed = false;
  for (const std::string& platform : named) {
    const auto* supported = Find(profile_->platforms.supported, platform);
    const auto* excluded = Find(profile_->platforms.unsupported, platform);
    if (negated && supported != nullptr) {
      Lower(result, Verdict::kContradicted, "the repository says it supports " + platform,
            "platform " + platform);
      result.evidence.push_back(
          FromSpan(supported->provenance, supported->why, "platform " + platform));
      changed = true;
    } else if (!negated && excluded != nullptr) {
      Lower(result, Verdict::kContradicted, "the repository says " + platform + " is not supported",
            "platform " + platform);
      result.evidence.push_back(
          FromSpan(excluded->provenance, excluded->why, "platform " + platform));
      changed = true;
    } else if (!negated && supported == nullptr && StatesSupport(lower)) {
      Lower(result, Verdict::kUnsupported, "the repository never says it runs on " + platform,
            "platform " + platform);
      changed = true;
    }
  }
  return changed;
}

bool ProfileClaimRules::CheckRelease(const Claim& claim, ClaimResult& result) const {
  // Only a version presented as the current release: next to "latest", "newest", "just
  // shipped"... A sentence also names other versions ("since 1.8.0", "needs Go 1.25",
  // "pre-1.0", "the 3.0 changes"); whether those exist is the number check's question.
  static const RE2 kReleaseCue(
      R"((?i)\b(latest|newest|most recent|is out|just shipped|just released|now available)\b)");
  static const RE2 kVersion(R"((?:^|[^\w.])v?(\d+\.\d+(?:\.\d+)?(?:-[0-9A-Za-z.]+)?)(?:[^\w]|$))");
  re2::StringPiece cue_input(claim.text());
  std::string cue;
  std::vector<std::size_t> cue_at;
  while (RE2::FindAndConsume(&cue_input, kReleaseCue, &cue)) {
    cue_at.push_back(static_cast<std::size_t>(cue_input.data() - claim.text().data()));
  }
  if (cue_at.empty()) return false;
  re2::StringPiece input(claim.text());
  std::string version;
  bool changed = false;
  const std::string& release = profile_->release.version;
  while (RE2::FindAndConsume(&input, kVersion, &version)) {
    // "1.0.0-beta.15." ends a sentence: the full stop is not part of the pre-release tag.
    while (version.ends_with('.')) version.pop_back();
    if (!release.empty() && (version == release || release.starts_with(version + "."))) continue;
    const std::size_t at = static_cast<std::size_t>(input.data() - claim.text().data());
    const bool near_cue = std::any_of(cue_at.begin(), cue_at.end(), [&](std::size_t c) {
      const std::size_t distance = c > at ? c - at : at - c;
      return distance <= version.size() + 30;
    });
    if (!near_cue) continue;
    // "pre-1.0", "since 1.8.0", "needs Go 1.25": a bound or another product's version.
    const std::size_t begin = at > version.size() + 1 ? at - version.size() - 1 : 0;
    std::string before(claim.text().substr(begin >= 12 ? begin - 12 : 0, begin >= 12 ? 12 : begin));
    while (!before.empty() && !std::isalnum(static_cast<unsigned char>(before.back()))) {
      before.pop_back();
    }
    const std::size_t word = before.find_last_of(" (");
    const std::string prev = before.substr(word == std::string::npos ? 0 : word + 1);
    const std::string prev_lower = LowerAscii(prev);
    if (prev_lower == "pre" || prev_lower == "since" || prev_lower == "before" ||
        prev_lower == "after" || prev_lower == "from" ||
        (!prev.empty() && std::isupper(static_cast<unsigned char>(prev[0])) &&
         prev_lower != LowerAscii(profile_->name))) {
      continue;
    }
    // A version that is another tag of the repository, or none at all, presented as a release.
    if (release.empty()) {
      Lower(result, Verdict::kUnsupported,
            "the repository has no release of the product; " + version + " is not one",
            "release " + version);
    } else {
      Lower(result, Verdict::kContradicted,
            "the product's latest release is " + release + ", not " + version,
            "release " + version);
      result.evidence.push_back(
          FromSpan(profile_->release.provenance, profile_->release.why, "release " + release));
    }
    changed = true;
  }
  return changed;
}

bool ProfileClaimRules::CheckInstall(const Claim& claim, ClaimResult& result) const {
  bool changed = false;
  for (const std::string& command : profile::InstallCommandsIn(claim.text())) {
    const auto parsed = profile::ParseInstallCommand(command);
    if (!parsed) continue;
    std::set<std::string> keys;
    for (const std::string& p : parsed->packages) keys.insert(profile::PackageKey(p));
    const bool known = std::any_of(
        profile_->install.begin(), profile_->install.end(), [&](const profile::InstallLine& line) {
          auto ours = profile::ParseInstallCommand(line.command);
          if (!ours || ours->ecosystem != parsed->ecosystem) return line.command == command;
          return std::any_of(
              ours->packages.begin(), ours->packages.end(),
              [&](const std::string& p) { return keys.contains(profile::PackageKey(p)); });
        });
    // With no install line in the profile, the project's own name is the package to install.
    if (known ||
        (profile_->install.empty() && keys.contains(profile::PackageKey(profile_->name)))) {
      continue;
    }
    // The extracted command may run on into the next sentence ("... bat. v0.26.1 is ...").
    if (store_ != nullptr && store_->HasPhrase(text::EntityExtractor::Normalize(
                                 command.substr(0, command.find(". "))))) {
      continue;
    }
    std::string rationale = "\"" + command + "\" is not how the repository says to install it";
    if (!profile_->install.empty())
      rationale += " (it says: " + profile_->install.front().command + ")";
    Lower(result, Verdict::kUnsupported, rationale, "install " + command);
    if (!profile_->install.empty()) {
      result.evidence.push_back(FromSpan(profile_->install.front().provenance,
                                         profile_->install.front().command, "install"));
    }
    changed = true;
  }
  return changed;
}

bool ProfileClaimRules::CheckCaveat(const Claim& claim, ClaimResult& result) const {
  // A sentence that repeats a limitation but drops its negation presents it as a feature.
  const std::vector<std::string> claim_words = [&] {
    std::vector<std::string> words;
    std::string word;
    for (char c : LowerAscii(claim.text()) + " ") {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        word += c;
      } else {
        if (word.size() > 3) words.push_back(word);
        word.clear();
      }
    }
    return words;
  }();
  if (claim_words.size() < 4) return false;
  for (const profile::Statement& caveat : profile_->caveats) {
    const std::string lower = LowerAscii(caveat.text);
    std::size_t hits = 0;
    for (const std::string& w : claim_words) hits += lower.find(w) != std::string::npos;
    if (hits * 10 < claim_words.size() * 8) continue;
    const bool claim_negated = profile::SaysUnsupported(claim.text()) ||
                               LowerAscii(claim.text()).find(" not ") != std::string::npos;
    const bool caveat_negated =
        profile::SaysUnsupported(caveat.text) || lower.find(" not ") != std::string::npos;
    if (claim_negated == caveat_negated && claim.segment.marker.empty())
      continue;  // stated as a caveat
    Lower(result, Verdict::kUnsupported,
          "this comes from a limitations or \"why not\" passage, not from the features",
          "caveat presented as a feature");
    result.evidence.push_back(FromSpan(caveat.provenance, caveat.text, "caveat"));
    return true;
  }
  return false;
}

}  // namespace repopost::safety
