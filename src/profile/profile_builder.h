// BuildProfile: the project profile of one source, from its FactSheet (documents, manifests,
// history, tags). Pure and deterministic; takes a few milliseconds on a large README.
//
//   core::FactSheet sheet = ...;  // from ingest
//   profile::ProjectProfile profile = profile::BuildProfile(sheet);
#pragma once

#include "core/fact_sheet.h"
#include "profile/project_profile.h"

namespace repopost::profile {

ProjectProfile BuildProfile(const core::FactSheet& sheet);

}  // namespace repopost::profile
