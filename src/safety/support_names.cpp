// SupportChecker's name checks: every named thing of a claim must occur in the repository in some
// form (NameOccurs), and "written in X" must name one of the repository's languages.
#include <algorithm>
#include <string>

#include "safety/name_lookup.h"
#include "safety/support_checker.h"
#include "safety/support_rules.h"
#include "text/entity_extractor.h"

namespace repopost::safety {

SupportChecker::NameCheck SupportChecker::CheckNames(const Claim& claim) const {
  NameCheck out;
  const std::string project = text::EntityExtractor::Normalize(store_.project_name());
  const bool says_written_in = claim.text().find("written in") != std::string::npos ||
                               claim.text().find("implemented in") != std::string::npos;
  for (const text::Entity& e : claim.entities) {
    if (!project.empty() && (e.normalized == project || project.find(e.normalized) == 0)) continue;
    if (IsCommonTerm(e.normalized)) continue;
    if (e.kind == text::EntityKind::kLanguage && says_written_in && !store_.languages().empty() &&
        std::find(store_.languages().begin(), store_.languages().end(), e.normalized) ==
            store_.languages().end() &&
        !store_.HasPhrase("in " + e.normalized)) {
      out.contradictions.push_back("language " + e.surface);
      out.parts.push_back({"name", e.surface, false});
      continue;
    }
    if (NameOccurs(store_, e.surface)) {
      if (auto ev = store_.LocatePhrase(e.normalized)) out.evidence.push_back(std::move(*ev));
      out.parts.push_back({"name", e.surface, true});
    } else {
      out.unsupported.push_back("name " + e.surface);
      out.parts.push_back({"name", e.surface, false});
    }
  }
  return out;
}

}  // namespace repopost::safety
