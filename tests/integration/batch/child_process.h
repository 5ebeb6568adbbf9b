// ChildProcess: the real `repopost` binary (or any program) as a subprocess, for tests and
// benchmarks that kill, stop and signal it. stderr goes to a file the test can read afterwards.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace repopost::testing {

class ChildProcess {
 public:
  // Starts `argv` with the current environment plus `env` (overriding). stdout and stderr go to
  // `log` (appended). Throws std::runtime_error when fork/exec fails.
  ChildProcess(std::vector<std::string> argv, const std::map<std::string, std::string>& env,
               const std::filesystem::path& log);
  ~ChildProcess();  // SIGKILLs and reaps a child that is still running
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  void Signal(int signal_number) const;
  // Blocks until the child exits; its exit code, or 128 + signal when a signal ended it.
  int Wait();
  // True while the child has not exited (reaps it when it has).
  bool IsRunning();

 private:
  pid_t pid_ = -1;
  int status_code_ = -1;  // set once reaped
};

// Runs `argv` to completion and returns its exit code.
int RunToExit(std::vector<std::string> argv, const std::map<std::string, std::string>& env,
              const std::filesystem::path& log);

// The built `repopost` executable.
std::string RepopostBinary();

// `count` small source directories under `root` (a README with a description, features and an
// install line, a package.json with a version and licence, a LICENSE), named repo-000, repo-001,
// ...; each distinct so every post differs. Returns their paths.
std::vector<std::filesystem::path> MakeSourceDirectories(const std::filesystem::path& root,
                                                         int count);

std::string ReadWholeFile(const std::filesystem::path& path);

}  // namespace repopost::testing
