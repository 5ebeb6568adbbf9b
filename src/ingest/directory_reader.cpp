#include "ingest/directory_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

namespace repopost::ingest {
namespace {

namespace fs = std::filesystem;

bool IsSkippedDirectory(const fs::path& name) {
  return name == ".git" || name == ".hg" || name == ".svn";
}

class DirectoryReader final : public RepoReader {
 public:
  explicit DirectoryReader(fs::path root) : root_(std::move(root)) {}

  core::Status List() {
    std::error_code ec;
    fs::recursive_directory_iterator it(root_, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      return core::Fail(core::ErrorCode::kInput,
                        "Cannot list " + root_.string() + " (" + ec.message() + ").");
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        warnings_.push_back("Part of the directory could not be listed (" + ec.message() + ").");
        break;
      }
      const fs::directory_entry& entry = *it;
      std::error_code type_ec;
      if (entry.is_symlink(type_ec)) continue;  // never followed: no loops, no escapes
      if (entry.is_directory(type_ec)) {
        if (IsSkippedDirectory(entry.path().filename())) it.disable_recursion_pending();
        continue;
      }
      if (!entry.is_regular_file(type_ec)) continue;
      if (files_.size() >= kMaxDirectoryFiles) {
        warnings_.push_back("Only the first " + std::to_string(kMaxDirectoryFiles) +
                            " files of the directory were read.");
        break;
      }
      std::error_code size_ec;
      const auto size = entry.file_size(size_ec);
      files_.push_back(TreeFile{fs::relative(entry.path(), root_, type_ec).generic_string(),
                                size_ec ? 0 : static_cast<std::size_t>(size)});
    }
    std::sort(files_.begin(), files_.end(),
              [](const TreeFile& a, const TreeFile& b) { return a.path < b.path; });
    return core::Ok();
  }

  std::string CommitId() const override { return ""; }
  const std::vector<TreeFile>& Files() const override { return files_; }
  const std::vector<std::string>& Warnings() const override { return warnings_; }

  core::Result<FileBlob> Read(const std::string& path, std::size_t max_bytes) const override {
    std::ifstream in(root_ / path, std::ios::binary);
    if (!in) return core::Fail(core::ErrorCode::kInput, "Cannot open " + path + ".");
    FileBlob blob;
    blob.bytes.resize(max_bytes);
    in.read(blob.bytes.data(), static_cast<std::streamsize>(max_bytes));
    blob.bytes.resize(static_cast<std::size_t>(in.gcount()));
    blob.is_truncated = in.peek() != std::char_traits<char>::eof();
    return blob;
  }

  std::optional<History> ReadHistory(std::size_t, std::size_t) const override {
    return std::nullopt;
  }

 private:
  fs::path root_;
  std::vector<TreeFile> files_;
  std::vector<std::string> warnings_;
};

}  // namespace

core::Result<std::unique_ptr<RepoReader>> OpenDirectoryReader(const std::string& root) {
  auto reader = std::make_unique<DirectoryReader>(fs::path(root));
  if (auto listed = reader->List(); !listed) return tl::unexpected(listed.error());
  return std::unique_ptr<RepoReader>(std::move(reader));
}

}  // namespace repopost::ingest
