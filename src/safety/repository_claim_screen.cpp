#include "safety/repository_claim_screen.h"

#include <re2/re2.h>

#include <string>
#include <vector>

#include "safety/injection_scanner.h"
#include "safety/policy_scanner.h"

namespace repopost::safety {
namespace {

const PolicyScanner& Policy() {
  // The rules are constants; policy_scanner_test proves they compile.
  static const PolicyScanner scanner = PolicyScanner::Create().value();
  return scanner;
}

// Adoption by someone named or counted ("used by Google", "trusted by 500 companies"); "used by
// the CLI" is not a claim about anyone.
const RE2& Adoption() {
  static const RE2 adoption(
      R"(\b(?i:used|trusted|adopted|relied on|loved|deployed|chosen|in production) (?i:by|at) )"
      R"((?:[A-Z][\w.&-]+|(?i:thousands|millions|hundreds|over|more than|teams|companies|)"
      R"(developers|engineers|organi[sz]ations|enterprises)\b|\d))");
  return adoption;
}

// Why `text` must not be stated, or "" when it may.
std::string WhyNotStated(std::string_view text, const InjectionScanner& injections) {
  if (text.empty()) return "";
  if (!injections.ScanText(text, "").empty()) return "it reads as an instruction to a model";
  if (RE2::PartialMatch(text, Adoption())) return "it claims adoption nobody can verify";
  for (const PolicyHit& hit : Policy().Scan(text)) {
    if (hit.category == PolicyCategory::kEndorsement ||
        hit.category == PolicyCategory::kFalseAffiliation) {
      return "it " + hit.message + " (" + hit.rule_id + ")";
    }
  }
  return "";
}

}  // namespace

void ScreenRepositoryClaims(core::FactSheet& sheet) {
  const InjectionScanner injections;
  std::vector<std::string> warnings;
  std::erase_if(sheet.facts, [&](const core::Fact& fact) {
    std::string why = WhyNotStated(fact.value, injections);
    if (why.empty()) why = WhyNotStated(fact.detail, injections);
    if (why.empty()) return false;
    core::Provenance where = fact.provenance;
    where.commit.clear();
    warnings.push_back("Not stated in posts: the " + std::string(core::ToString(fact.kind)) +
                       " at " + where.Describe() + ", because " + why + ".");
    return true;
  });
  sheet.warnings.insert(sheet.warnings.end(), warnings.begin(), warnings.end());
}

void ScreenProfileClaims(profile::ProjectProfile& profile) {
  const InjectionScanner injections;
  auto stated = [&](std::string_view text) { return WhyNotStated(text, injections).empty(); };
  if (!stated(profile.purpose)) profile.purpose.clear();
  std::erase_if(profile.selling_points,
                [&](const profile::SellingPoint& p) { return !stated(p.text); });
  std::erase_if(profile.numbers,
                [&](const profile::NumberClaim& n) { return !stated(n.sentence); });
  std::erase_if(profile.adopters, [&](const profile::Statement& s) { return !stated(s.text); });
  std::erase_if(profile.caveats, [&](const profile::Statement& s) { return !stated(s.text); });
}

}  // namespace repopost::safety
