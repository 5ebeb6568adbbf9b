#include "ingest/text_decoder.h"

#include "text/utf8.h"

namespace repopost::ingest {

bool LooksBinary(std::string_view bytes) {
  return bytes.substr(0, 8000).find('\0') != std::string_view::npos;
}

std::optional<std::string> DecodeText(const FileBlob& blob, const std::string& path,
                                      std::size_t max_bytes, std::vector<std::string>& warnings) {
  if (LooksBinary(blob.bytes)) {
    warnings.push_back(path + " is a binary file and was skipped.");
    return std::nullopt;
  }
  std::string text;
  if (text::IsValidUtf8(blob.bytes)) {
    text = blob.bytes;
  } else {
    text = text::SanitizeUtf8(blob.bytes);
    warnings.push_back(path + " is not valid UTF-8; invalid bytes were replaced.");
  }
  if (blob.is_truncated || text.size() > max_bytes) {
    text = std::string(text::TruncateUtf8(text, max_bytes));
    warnings.push_back(path + " is larger than " + std::to_string(max_bytes / 1024) +
                       " KiB and was truncated.");
  }
  return text;
}

}  // namespace repopost::ingest
