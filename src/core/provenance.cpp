#include "core/provenance.h"

namespace repopost::core {

std::string Provenance::Describe() const {
  std::string out;
  if (!url.empty()) out = url;
  if (!path.empty()) out = path;
  if (!field.empty()) out = field;
  if (line_begin > 0) {
    out += ":" + std::to_string(line_begin);
    if (line_end > line_begin) out += "-" + std::to_string(line_end);
  }
  if (!tag.empty()) out += (out.empty() ? "tag " : " tag ") + tag;
  if (!commit.empty()) out += (out.empty() ? "commit " : " @") + commit.substr(0, 7);
  return out.empty() ? "unknown" : out;
}

}  // namespace repopost::core
