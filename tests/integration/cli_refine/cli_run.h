// CliHome: a scratch HOME, data and config folder for one test, and Run(), which runs the real
// `repopost` binary there with a clean environment (no provider keys from the machine running
// the tests) and returns its exit code, stdout and stderr. Every Run is a new process.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace repopost::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class CliHome : public ::testing::Test {
 protected:
  void SetUp() override {
    home_ = std::filesystem::temp_directory_path() /
            ("cli-refine-" + std::to_string(getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(home_);
    std::filesystem::create_directories(home_ / "work");
    db_ = " --db sqlite:" + (home_ / "posts.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(home_); }

  // `args` is shell text after the binary's name; `cwd` "" runs in home_/work (not a repository).
  RunResult Run(const std::string& args, const std::string& cwd = "") const {
    const std::filesystem::path err = home_ / "stderr.txt";
    const std::string dir = cwd.empty() ? (home_ / "work").string() : cwd;
    const std::string command = "cd " + dir + " && env -i HOME=" + home_.string() +
                                " XDG_DATA_HOME=" + home_.string() +
                                "/data XDG_CONFIG_HOME=" + home_.string() + "/config " +
                                REPOPOST_BIN + " " + args + " 2>" + err.string();
    RunResult result;
    FILE* pipe = popen(command.c_str(), "r");
    char buffer[4096];
    std::size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(err, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    result.err = text.str();
    return result;
  }

  std::filesystem::path Write(const std::string& name, const std::string& text) const {
    const std::filesystem::path path = home_ / "work" / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

  std::filesystem::path home_;
  std::string db_;
};

// A project described in text only (a pasted README), with features, an install and a usage
// line, a release and a language, so every refine preset has something to work with.
inline constexpr const char* kProjectText =
    "# quickfmt\n\nquickfmt is a command-line tool that formats JSON files in place.\n\n"
    "## Features\n\n- Pretty-prints JSON with stable key order\n- Validates JSON against a "
    "schema\n- Checks formatting in CI without writing files\n\n"
    "## Install\n\n```sh\ncargo install quickfmt\n```\n\n"
    "## Usage\n\n```sh\nquickfmt --check data.json\n```\n\n"
    "quickfmt is written in Rust and released under the MIT license. The latest release is "
    "2.3.0, with 120 commits from 4 contributors.\n\nRepository: "
    "https://github.com/example/quickfmt\n";

}  // namespace repopost::testing
