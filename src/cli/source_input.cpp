#include "cli/source_input.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace repopost::cli {
namespace {

constexpr std::size_t kMaxTextBytes = 4u << 20;

core::Result<std::string> ReadAll(std::istream& in, const std::string& name) {
  std::string text;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof(buffer)) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxTextBytes) {
      return core::Fail(core::ErrorCode::kTooLarge,
                        name + " is larger than 4 MiB; pass a shorter text");
    }
  }
  return text;
}

}  // namespace

core::Result<std::string> ReadTextFile(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return core::Fail(core::ErrorCode::kInput, "'" + path + "' is a directory, not a text file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Fail(core::ErrorCode::kInput, "cannot read text file '" + path + "'");
  return ReadAll(in, "'" + path + "'");
}

core::Result<app::SourceRequest> ReadSourceInput(const std::string& source,
                                                 const std::string& text_file) {
  app::SourceRequest request;
  if (source.empty() && text_file.empty()) {
    return core::Fail(core::ErrorCode::kInput,
                      "the source is empty: name a path, a GitHub URL, or - for standard input");
  }
  if (source == "-") {
    auto text = ReadAll(std::cin, "standard input");
    if (!text) return tl::unexpected(text.error());
    request.text = std::move(*text);
    request.text_name = "stdin";
  } else {
    request.location = source;
  }
  if (!text_file.empty()) {
    auto text = ReadTextFile(text_file);
    if (!text) return tl::unexpected(text.error());
    request.text += (request.text.empty() ? "" : "\n\n") + *text;
    request.text_name = text_file;
  }
  if (request.location.empty() && request.text.empty() && source != "-") {
    request.location = ".";
  }
  return request;
}

}  // namespace repopost::cli
