// The project profile as JSON: `repopost inspect --format json` prints it under "profile", and
// the stored generation details carry it. Field names are a contract (scripts rely on them).
#pragma once

#include <nlohmann/json.hpp>

#include "profile/project_profile.h"

namespace repopost::app {

nlohmann::json ProfileToJson(const profile::ProjectProfile& profile);

}  // namespace repopost::app
