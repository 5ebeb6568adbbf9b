#include "store/record_id.h"

#include <cstdint>
#include <random>

namespace repopost::store {

std::string NewRecordId(std::string_view prefix) {
  static constexpr char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
  thread_local std::mt19937_64 engine = [] {
    std::random_device device;
    std::seed_seq seed{device(), device(), device(), device()};
    return std::mt19937_64(seed);
  }();
  std::uint64_t bits = engine();
  std::string id(prefix);
  id += '_';
  for (int i = 0; i < 12; ++i) {
    id += kAlphabet[bits & 31u];
    bits >>= 5;
  }
  return id;
}

}  // namespace repopost::store
