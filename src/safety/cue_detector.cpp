#include "safety/cue_detector.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

namespace repopost::safety {
namespace {

struct CueTable {
  CueKind kind;
  const char* pattern;  // RE2 syntax, matched case-insensitively at word boundaries
};

// Phrases, not single common words, wherever a single word would fire on ordinary sentences.
constexpr CueTable kCueTables[] = {
    {CueKind::kSuperlative,
     R"(fastest|quickest|smallest|simplest|easiest|lightest|largest|biggest|greatest|cheapest|)"
     R"(best|(?:the|its|their|world'?s) (?:first|only)|leading|ultimate|unmatched|unrivall?ed|unbeatable|revolutionary|)"
     R"(#1|number one|world'?s|most (?:popular|advanced|powerful|used|complete|efficient|)"
     R"(reliable|loved|starred|secure)|blazing(?:ly)?[- ]fast|lightning[- ]fast|)"
     R"(state[- ]of[- ]the[- ]art|best[- ]in[- ]class|industry[- ]leading|)"
     R"(tops? (?:the |all )?(?:[\pL\pN-]+ ){0,3}(?:rankings?|charts?|leaderboards?|benchmarks?)|)"
     R"((?:ranks?|ranked) (?:first|#1|top|number one))"},
    {CueKind::kAbsolute,
     R"(zero|never|always|100 ?%|guaranteed|perfect(?:ly)?|flawless(?:ly)?|bug[- ]free|)"
     R"(instant(?:ly)?|infinite(?:ly)?|every single|completely|entirely|effortless(?:ly)?)"},
    {CueKind::kAdoption,
     R"((?:trusted|used|loved|adopted|relied on|deployed|chosen) by|in production at|)"
     R"((?:thousands|millions|hundreds|tens of thousands) of|countless|)"
     R"((?:developers|teams|companies|engineers|users) (?:everywhere|worldwide|around the world)|)"
     R"(the go-to|go-to (?:choice|tool|library|solution)|industry standard|de facto|)"
     R"(everyone (?:is|'s) (?:talking|using)|the community (?:loves|is)|community favou?rite|)"
     R"(widely (?:used|adopted|popular)|hugely popular|wildly popular|fan favou?rite|)"
     R"(battle[- ]tested|taking over|going viral|trending|household name|)"
     R"((?:keeps?|kept) (?:choosing|using|picking|coming back|reaching for|winning)|)"
     R"((?:developers|teams|people|companies|engineers|users|everyone) (?:choose|pick|love|)"
     R"(swear by|rely on|reach for|trust)|(?:hugely |wildly |very |so )?popular|beloved|)"
     R"(favou?rite (?:of|among|with)|ubiquitous|stood the test of time)"},
    {CueKind::kOutcome,
     R"(will (?:eliminate|solve|prevent|end|kill|halve|)"
     R"((?:fix|remove|stop|catch|reduce|improve|speed up) (?:all|every|any|your)|)"
     R"(save|make|change|transform|boost|help you|let you|cut|double|triple|)"
     R"(revolutioni[sz]e|supercharge|never)|save (?:you )?(?:hours|days|weeks|time|money)|)"
     R"(you(?:'ll| will) (?:never|love|ship|save|notice|be able|wonder)|)"
     R"(ship (?:twice|\d+x|\d+ times) (?:as )?fast(?:er)?|never worry|)"
     R"((?:twice|\d+x) (?:as )?(?:productive|efficient)|boost(?:s)? (?:your )?productivity|)"
     R"(your users will|game[- ]changer|supercharge|skyrocket|level up|)"
     R"(transform(?:s)? (?:your|how)|10x (?:developer|engineer|productivity)|)"
     R"(grows? with you|from (?:a )?(?:weekend|side|hobby) project to production|)"
     R"(you can (?:ship|deploy|launch) (?:in|within))"},
    {CueKind::kFirstPerson,
     R"((?:I|we)(?:'ve|’ve| have)? (?:tried|rebuilt|switched|used|replaced|migrated|spent|found|discovered|)"
     R"(started using|have been using|'ve been using|fell in love)|when I(?: first)?|)"
     R"(after (?:years|months|weeks) of|last (?:month|week|year),? (?:I|we)|)"
     R"(our (?:team|company|pipeline|stack|startup|engineers)|)"
     R"(my (?:team|company|pipeline|stack|workflow|experience|startup)|)"
     R"(the author (?:went|switched|moved|came|decided|tried|rewrote|rebuilt|started|migrated)|)"
     R"((?:went|switched|moved|came) back to|(?:this|last) (?:week|month|year)|)"
     R"(recently (?:switched|moved|migrated|rewrote)|I(?:'ve|’ve| have)? (?:built|wrote|made|use|)"
     R"(using|been using|relied|rely|switched|ported|love|loved))"},
    {CueKind::kAffiliation,
     R"(official(?:ly)?|(?:backed|sponsored|funded|endorsed|certified|recommended|acquired) by|)"
     R"(partner(?:ed|ship) with|affiliated with|in collaboration with|a (?:google|microsoft|)"
     R"(meta|facebook|amazon|apple|openai|nvidia) project)"},
    {CueKind::kNegation,
     R"(not|no|never|without|none|neither|nor|cannot|can't|won't|isn't|aren't|doesn't|)"
     R"(don't|didn't|wasn't|lacks?|zero)"},
    {CueKind::kRelation,
     R"(written in|implemented in|built (?:with|on|in)|supports?|works (?:with|on)|)"
     R"(integrates? with|compatible with|runs on|powered by|based on|requires|depends on|)"
     R"(available (?:on|for|in)|ported to|licen[cs]ed under)"},
};

std::string Lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

core::Result<CueDetector> CueDetector::Create() {
  CueDetector detector;
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  for (const CueTable& table : kCueTables) {
    // "#1" cannot use \b before '#': boundaries are written out instead. A word inside a flag
    // or path ("--paging=never", "/first") is code, not a cue.
    const std::string pattern =
        std::string(R"((?:^|[^\pL\pN_=/.`-])()") + table.pattern + R"()(?:$|[^\pL\pN_']))";
    auto regex = std::make_shared<const RE2>(pattern, options);
    if (!regex->ok()) {
      return core::Fail(core::ErrorCode::kInternal, "cue table for " +
                                                        std::string(ToString(table.kind)) +
                                                        " does not compile: " + regex->error());
    }
    detector.patterns_.push_back({table.kind, std::move(regex)});
  }
  return detector;
}

std::vector<Cue> CueDetector::Find(std::string_view sentence) const {
  std::vector<Cue> out;
  for (const Pattern& p : patterns_) {
    std::string_view rest = sentence;
    re2::StringPiece match;
    std::size_t offset = 0;
    while (!rest.empty() && RE2::PartialMatch(rest, *p.regex, &match)) {
      const std::size_t begin = offset + static_cast<std::size_t>(match.data() - rest.data());
      Cue cue;
      cue.kind = p.kind;
      cue.begin = begin;
      cue.end = begin + match.size();
      cue.phrase = std::string(match);
      cue.normalized = Lowercase(cue.phrase);
      out.push_back(std::move(cue));
      const std::size_t consumed = begin - offset + std::max<std::size_t>(match.size(), 1);
      offset += consumed;
      rest.remove_prefix(std::min(consumed, rest.size()));
    }
  }
  std::sort(out.begin(), out.end(), [](const Cue& a, const Cue& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace repopost::safety
