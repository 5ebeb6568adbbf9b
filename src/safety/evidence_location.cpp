#include "safety/evidence_location.h"

namespace repopost::safety {

bool IsFileLocation(const core::Provenance& provenance) { return !provenance.path.empty(); }

std::string Location(const core::Provenance& provenance) {
  if (!provenance.path.empty()) return provenance.path;
  if (!provenance.tag.empty()) return "git tag " + provenance.tag;
  if (provenance.field.starts_with("git:")) return "git log";
  if (!provenance.field.empty()) return provenance.field;
  if (!provenance.url.empty()) return provenance.url;
  return "the repository's facts";
}

std::string DescribeWhere(const Evidence& evidence) {
  std::string out = evidence.path.empty() ? "the repository's facts" : evidence.path;
  if (evidence.line_begin > 0) out += ":" + std::to_string(evidence.line_begin);
  return out;
}

}  // namespace repopost::safety
