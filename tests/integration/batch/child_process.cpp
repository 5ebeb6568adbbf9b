#include "child_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace repopost::testing {

ChildProcess::ChildProcess(std::vector<std::string> argv,
                           const std::map<std::string, std::string>& env,
                           const std::filesystem::path& log) {
  const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot open " + log.string());
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    ::dup2(fd, STDOUT_FILENO);
    ::dup2(fd, STDERR_FILENO);
    const int null = ::open("/dev/null", O_RDONLY);
    if (null >= 0) ::dup2(null, STDIN_FILENO);
    for (const auto& [key, value] : env) ::setenv(key.c_str(), value.c_str(), 1);
    std::vector<char*> args;
    for (std::string& arg : argv) args.push_back(arg.data());
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  ::close(fd);
}

ChildProcess::~ChildProcess() {
  if (IsRunning()) {
    ::kill(pid_, SIGKILL);
    Wait();
  }
}

void ChildProcess::Signal(int signal_number) const { ::kill(pid_, signal_number); }

int ChildProcess::Wait() {
  if (status_code_ >= 0) return status_code_;
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  status_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return status_code_;
}

bool ChildProcess::IsRunning() {
  if (status_code_ >= 0) return false;
  int status = 0;
  const pid_t done = ::waitpid(pid_, &status, WNOHANG);
  if (done == 0) return true;
  status_code_ = done < 0 ? -1 : WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return false;
}

int RunToExit(std::vector<std::string> argv, const std::map<std::string, std::string>& env,
              const std::filesystem::path& log) {
  ChildProcess child(std::move(argv), env, log);
  return child.Wait();
}

std::string RepopostBinary() { return REPOPOST_CLI_BINARY; }

std::vector<std::filesystem::path> MakeSourceDirectories(const std::filesystem::path& root,
                                                         int count) {
  static const char* const kTopics[] = {"logs",    "images",   "queues",  "configs",
                                        "metrics", "archives", "schemas", "tests"};
  std::vector<std::filesystem::path> dirs;
  for (int i = 0; i < count; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "repo-%03d", i);
    const std::filesystem::path dir = root / name;
    std::filesystem::create_directories(dir / "src");
    const std::string topic = kTopics[i % 8];
    std::ofstream(dir / "README.md")
        << "# " << name << "\n\n"
        << name << " is a small command-line tool that compresses " << topic
        << " quickly.\n\n## Features\n\n- Streams " << topic << " without loading them whole\n"
        << "- Parallel compression on " << (i % 7 + 2) << " threads\n- Zero configuration\n\n"
        << "## Install\n\n```sh\nnpm install -g " << name << "\n```\n";
    std::ofstream(dir / "package.json")
        << "{\"name\": \"" << name << "\", \"version\": \"1." << i % 10 << "." << i / 10
        << "\", \"description\": \"Compress " << topic << " quickly\", \"license\": \"MIT\"}\n";
    std::ofstream(dir / "LICENSE") << "MIT License\n\nCopyright (c) 2024 Ada\n";
    std::ofstream(dir / "src" / "main.js") << "console.log('" << name << "');\n";
    dirs.push_back(dir);
  }
  return dirs;
}

std::string ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace repopost::testing
