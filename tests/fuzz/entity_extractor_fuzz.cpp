// libFuzzer target: EntityExtractor never crashes and its spans stay inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/entity_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const repopost::text::Entity& e : repopost::text::EntityExtractor().Extract(input)) {
    if (e.begin > e.end || e.end > input.size()) std::abort();
  }
  (void)repopost::text::EntityExtractor::Normalize(input);
  return 0;
}
