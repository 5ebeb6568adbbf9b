// libFuzzer target: SentenceSegmenter never crashes and its spans stay inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/sentence_segmenter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  for (const repopost::text::Segment& s : repopost::text::SentenceSegmenter().Split(input)) {
    if (s.begin > s.end || s.end > input.size()) std::abort();
  }
  return 0;
}
