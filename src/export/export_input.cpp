#include "export/export_input.h"

namespace repopost::exports {

std::string ExportInput::HookLine() const {
  if (!hook.empty()) return hook;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) return line;
    start = end + 1;
  }
  return "";
}

}  // namespace repopost::exports
