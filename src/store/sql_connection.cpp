#include "store/sql_connection.h"

#include <cstdlib>

namespace repopost::store {

namespace {
const std::string kEmpty;
}  // namespace

const std::string& SqlRow::Text(std::size_t i) const {
  const auto& cell = cells_.at(i);
  return cell ? *cell : kEmpty;
}

std::int64_t SqlRow::Int(std::size_t i) const {
  const auto& cell = cells_.at(i);
  return cell ? std::strtoll(cell->c_str(), nullptr, 10) : 0;
}

double SqlRow::Real(std::size_t i) const {
  const auto& cell = cells_.at(i);
  return cell ? std::strtod(cell->c_str(), nullptr) : 0.0;
}

std::optional<std::int64_t> SqlRow::OptionalInt(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Int(i);
}

std::optional<double> SqlRow::OptionalReal(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Real(i);
}

}  // namespace repopost::store
