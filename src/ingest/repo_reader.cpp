// OpenRepoReader: picks the reader for a path and turns the ways a path can be wrong into one
// clear sentence each.
#include "ingest/repo_reader.h"

#include <filesystem>
#include <system_error>

#include "ingest/directory_reader.h"
#include "ingest/git_repo_reader.h"

namespace repopost::ingest {

core::Result<std::unique_ptr<RepoReader>> OpenRepoReader(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (path.empty()) return core::Fail(core::ErrorCode::kInput, "No source path was given.");
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    return core::Fail(core::ErrorCode::kInput, path + " does not exist.");
  }
  if (!fs::is_directory(status)) {
    return core::Fail(core::ErrorCode::kInput,
                      path + " is a file, not a directory; use --text to read a text file.");
  }
  switch (ProbeGitRepository(path)) {
    case GitProbe::kRepository:
      return OpenGitRepoReader(path);
    case GitProbe::kEmpty: {
      const std::string work_tree = GitWorkTree(path);
      if (!work_tree.empty()) {
        auto reader = OpenDirectoryReader(work_tree);
        if (reader && !(*reader)->Files().empty()) return reader;
      }
      return core::Fail(core::ErrorCode::kInput,
                        path + " is an empty git repository with no commits and no files.");
    }
    case GitProbe::kNotRepository:
      break;
  }
  auto reader = OpenDirectoryReader(path);
  if (reader && (*reader)->Files().empty()) {
    return core::Fail(core::ErrorCode::kInput, path + " is an empty directory with no files.");
  }
  return reader;
}

}  // namespace repopost::ingest
