// libFuzzer target: NumberExtractor never crashes, spans stay inside the input, keys build.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/number_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const repopost::text::Quantity& q : repopost::text::NumberExtractor().Extract(input)) {
    if (q.begin > q.end || q.end > input.size()) std::abort();
    if (q.Key().empty()) std::abort();
  }
  return 0;
}
