// ProfileSheet: the FactSheet the writers and the checker work from, rebuilt from the profile so
// that a post can state only what the profile chose: its name, purpose, ranked selling points,
// install and first-use lines, release, qualified numbers and supported platforms, plus the
// plain repository facts (history, size, languages, licence, links). Extraction noise the
// profile rejected (docs-page titles, headings, sub-package tags, why-not items, build steps,
// platforms from testimonials) is not in it. Documents are kept whole: they are the evidence.
//
//   core::FactSheet facts = profile::ProfileSheet(profile, raw_sheet);
#pragma once

#include "core/fact_sheet.h"
#include "profile/project_profile.h"

namespace repopost::profile {

core::FactSheet ProfileSheet(const ProjectProfile& profile, const core::FactSheet& raw);

// The profile span as a fact provenance (path and lines, tag, field, commit).
core::Provenance ToProvenance(const SourceSpan& span, const std::string& commit);

}  // namespace repopost::profile
