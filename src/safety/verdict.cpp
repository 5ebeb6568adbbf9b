#include "safety/verdict.h"

#include "core/enum_table.h"

namespace repopost::safety {
namespace {
constexpr core::EnumTable<Verdict, 4> kVerdicts{{{
    {Verdict::kSupported, "supported"},
    {Verdict::kUnsupported, "unsupported"},
    {Verdict::kContradicted, "contradicted"},
    {Verdict::kNotAClaim, "not-a-claim"},
}}};
constexpr core::EnumTable<Reason, 16> kReasons{{{
    {Reason::kFound, "found"},
    {Reason::kNumberNotFound, "number-not-found"},
    {Reason::kDroppedQualifier, "dropped-qualifier"},
    {Reason::kNameNotFound, "name-not-found"},
    {Reason::kUnstatedCue, "unstated-cue"},
    {Reason::kThirdParty, "third-party"},
    {Reason::kNegation, "negation"},
    {Reason::kWrongLanguage, "wrong-language"},
    {Reason::kNotSaid, "not-said"},
    {Reason::kProfile, "profile"},
    {Reason::kOpinion, "opinion"},
    {Reason::kQuestion, "question"},
    {Reason::kCallToAction, "call-to-action"},
    {Reason::kAboutReader, "about-reader"},
    {Reason::kHashtags, "hashtags"},
    {Reason::kFraming, "framing"},
}}};
}  // namespace

std::string_view ToString(Reason reason) { return kReasons.Name(reason); }
std::optional<Reason> ParseReason(std::string_view text) { return kReasons.Find(text); }

std::string_view Describe(Reason reason) {
  switch (reason) {
    case Reason::kFound:
      return "every part of it is in the repository";
    case Reason::kNumberNotFound:
      return "a number the repository does not state";
    case Reason::kDroppedQualifier:
      return "a number without the qualifier the repository gives it";
    case Reason::kNameNotFound:
      return "a name the repository never mentions";
    case Reason::kUnstatedCue:
      return "a superlative, popularity, outcome or personal-story phrase the repository does "
             "not state";
    case Reason::kThirdParty:
      return "an endorsement or adoption claim the repository cannot vouch for itself";
    case Reason::kNegation:
      return "the repository says the opposite";
    case Reason::kWrongLanguage:
      return "a language the repository is not written in";
    case Reason::kNotSaid:
      return "no passage of the repository says this";
    case Reason::kProfile:
      return "it disagrees with the project's platforms, release or install line";
    case Reason::kOpinion:
      return "an opinion with nothing to check";
    case Reason::kQuestion:
      return "a question, not a statement";
    case Reason::kCallToAction:
      return "a call to action, not a statement";
    case Reason::kAboutReader:
      return "about the reader, not the project";
    case Reason::kHashtags:
      return "hashtags";
    case Reason::kFraming:
      return "a lead-in or transition with nothing to check";
  }
  return "";
}

std::string_view ToString(Verdict verdict) { return kVerdicts.Name(verdict); }
std::optional<Verdict> ParseVerdict(std::string_view text) { return kVerdicts.Find(text); }

}  // namespace repopost::safety
