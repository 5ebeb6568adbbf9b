// NewRecordId: readable unique ids for stored records, e.g. "g_7kq2m9x4c1ha".
#pragma once

#include <string>
#include <string_view>

namespace repopost::store {

// `prefix` + "_" + 12 characters of lowercase Crockford base32 (60 random bits from a per-thread
// generator seeded from std::random_device). Thread-safe. Collisions are astronomically unlikely
// and would surface as a kConflict from the store, never as silent overwrite.
std::string NewRecordId(std::string_view prefix);

}  // namespace repopost::store
