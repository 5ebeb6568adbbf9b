#include "safety/policy_scanner.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "core/enum_table.h"
#include "text/secret_scanner.h"

namespace repopost::safety {
namespace {

constexpr core::EnumTable<PolicyCategory, 7> kCategories{{{
    {PolicyCategory::kGrowthPromise, "growth-promise"},
    {PolicyCategory::kEndorsement, "endorsement"},
    {PolicyCategory::kFalseAffiliation, "false-affiliation"},
    {PolicyCategory::kPersonalData, "personal-data"},
    {PolicyCategory::kSecret, "secret"},
    {PolicyCategory::kProfanity, "profanity"},
    {PolicyCategory::kPromptInjection, "prompt-injection"},
}}};
constexpr core::EnumTable<Severity, 2> kSeverities{{{
    {Severity::kWarning, "warning"},
    {Severity::kBlock, "block"},
}}};

struct Rule {
  const char* id;
  PolicyCategory category;
  Severity severity;
  const char* pattern;  // RE2; capture group 1 (if any) is the reported value
  const char* message;
};

#define BIG_ORGS                                                             \
  "google|microsoft|apple|amazon|aws|meta|facebook|openai|anthropic|github|" \
  "nvidia|mozilla|netflix|ibm|oracle|intel|linux foundation|cncf|apache"

// The rules. Patterns are case-insensitive unless they start with (?-i).
constexpr Rule kRules[] = {
    {"growth.guaranteed-results", PolicyCategory::kGrowthPromise, Severity::kBlock,
     R"(\bguarantee[sd]?\b[^.!?\n]{0,40}\b(?:growth|results|returns|income|revenue|profits?|)"
     R"(followers|success|traffic|leads|sales)\b)",
     "promises guaranteed results"},
    {"growth.earnings-claim", PolicyCategory::kGrowthPromise, Severity::kBlock,
     R"(\b(?:make|earn|making|earning|made|earned)\s+[$€£]?\d[\d,.]*\s*(?:k|m)?\s*)"
     R"((?:dollars|euros|usd)?\s*(?:a|per|/|every)\s*(?:day|week|month|year)\b)",
     "promises earnings"},
    {"growth.get-rich", PolicyCategory::kGrowthPromise, Severity::kBlock,
     R"(\b(?:passive income|get rich|financial freedom|double your (?:income|revenue|money|)"
     R"(followers|sales)|\d+x your (?:revenue|income|growth|followers|sales|profits?))\b)",
     "promises growth or income"},
    {"endorsement.celebrity-or-company", PolicyCategory::kEndorsement, Severity::kWarning,
     R"(\b(?:endorsed|recommended|approved|praised|vetted|certified) by (?:elon musk|)"
     R"(bill gates|linus torvalds|mark zuckerberg|jeff bezos|sam altman|satya nadella|)"
     R"(sundar pichai|fortune 500|(?:top|leading|industry) (?:engineers|companies|experts)|)"
     R"(experts|)" BIG_ORGS R"()\b)",
     "states an endorsement nobody can verify"},
    {"endorsement.as-seen-on", PolicyCategory::kEndorsement, Severity::kWarning,
     R"(\bas (?:seen|featured) (?:on|in) (?:forbes|techcrunch|the verge|wired|hacker news|)"
     R"(product hunt|bbc|cnn|nyt|the new york times)\b)",
     "states press coverage"},
    {"affiliation.official-org", PolicyCategory::kFalseAffiliation, Severity::kBlock,
     R"(\b(?:an? |the )?official(?:ly)?(?: an?)? (?:)" BIG_ORGS R"()\b)",
     "claims an official affiliation"},
    {"affiliation.org-backed", PolicyCategory::kFalseAffiliation, Severity::kBlock,
     R"(\b(?:)" BIG_ORGS R"()[- ](?:official|backed|sponsored|endorsed|approved|funded)\b)",
     "claims backing by an organisation"},
    {"affiliation.org-project", PolicyCategory::kFalseAffiliation, Severity::kBlock,
     R"(\b(?:an?|the) (?:)" BIG_ORGS R"() (?:project|product|tool|library|initiative)\b)",
     "presents the project as an organisation's own"},
    {"pii.email", PolicyCategory::kPersonalData, Severity::kWarning,
     R"(\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b)", "contains an email address"},
    {"pii.phone", PolicyCategory::kPersonalData, Severity::kWarning,
     R"((?:^|[^\w.])((?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})\b)",
     "contains a phone number"},
    {"profanity.strong", PolicyCategory::kProfanity, Severity::kWarning,
     R"(\b(?:fuck\w*|motherfuck\w*|shit(?:ty|s)?|bullshit|asshole|bitch(?:es)?|cunt|wtf|)"
     R"(dickhead|bastard)\b)",
     "contains profanity"},
};

}  // namespace

std::string_view ToString(PolicyCategory category) { return kCategories.Name(category); }
std::optional<PolicyCategory> ParsePolicyCategory(std::string_view text) {
  return kCategories.Find(text);
}
std::string_view ToString(Severity severity) { return kSeverities.Name(severity); }
std::optional<Severity> ParseSeverity(std::string_view text) { return kSeverities.Find(text); }

core::Result<PolicyScanner> PolicyScanner::Create() {
  auto secrets = text::SecretScanner::Create();
  if (!secrets) return tl::unexpected(secrets.error());
  PolicyScanner scanner(std::move(*secrets));
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  for (const Rule& rule : kRules) {
    auto regex = std::make_shared<const RE2>(rule.pattern, options);
    if (!regex->ok()) {
      return core::Fail(core::ErrorCode::kInternal, std::string("policy rule ") + rule.id +
                                                        " does not compile: " + regex->error());
    }
    scanner.rules_.push_back({&rule, std::move(regex)});
  }
  return scanner;
}

std::vector<PolicyHit> PolicyScanner::Scan(std::string_view text) const {
  std::vector<PolicyHit> hits;
  for (const CompiledRule& compiled : rules_) {
    const Rule& rule = *static_cast<const Rule*>(compiled.rule);
    const RE2& re = *compiled.regex;
    const int groups = re.NumberOfCapturingGroups();
    std::array<re2::StringPiece, 2> match;
    std::size_t pos = 0;
    while (pos <= text.size() &&
           re.Match(text, pos, text.size(), RE2::UNANCHORED, match.data(), groups >= 1 ? 2 : 1)) {
      const re2::StringPiece whole = match[0];
      const re2::StringPiece value = groups >= 1 && match[1].data() ? match[1] : whole;
      const std::size_t next = static_cast<std::size_t>(whole.data() - text.data()) +
                               std::max<std::size_t>(whole.size(), 1);
      pos = next;
      PolicyHit hit;
      hit.rule_id = rule.id;
      hit.category = rule.category;
      hit.severity = rule.severity;
      hit.begin = static_cast<std::size_t>(value.data() - text.data());
      hit.end = hit.begin + value.size();
      hit.excerpt = std::string(value);
      hit.message = rule.message;
      hits.push_back(std::move(hit));
    }
  }
  for (const text::SecretMatch& match : secrets_.Find(text)) {
    PolicyHit hit;
    hit.rule_id = std::string(match.rule_id);
    hit.category = PolicyCategory::kSecret;
    hit.severity = Severity::kBlock;
    hit.begin = match.begin;
    hit.end = match.end;
    hit.excerpt =
        std::string(text.substr(match.begin, std::min<std::size_t>(4, match.end - match.begin))) +
        "****";
    hit.message = std::string(match.message);
    hits.push_back(std::move(hit));
  }
  std::sort(hits.begin(), hits.end(),
            [](const PolicyHit& a, const PolicyHit& b) { return a.begin < b.begin; });
  return hits;
}

}  // namespace repopost::safety
