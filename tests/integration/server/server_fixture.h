// ServerTest: the real server on 127.0.0.1 over a real SQLite store, the real pipeline and an
// AppContext of its own (data directory in a scratch folder), driven by a real HTTP client.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "app/app_context.h"
#include "fixture_repo/fixture_repo.h"
#include "server/server.h"

namespace repopost::server {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr const char* kReadme =
    "# demo-tool\n\nA tiny command-line tool that formats JSON files quickly.\n\n"
    "## Features\n\n- Pretty-prints JSON\n- Validates JSON against a schema\n\n"
    "## Install\n\n```sh\ncargo install demo-tool\n```\n";

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("repopost-server-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::create_directories(dir_ / "roots");
    repo_ = std::make_unique<testing::FixtureRepo>(testing::FixtureRepo::Create());
    repo_->Write("README.md", kReadme);
    repo_->Commit("feat: first commit");
    fs::create_directories(dir_ / "roots" / "plain");
    fs::create_symlink("/etc", dir_ / "roots" / "plain" / "escape");
    options_.port = 0;
    options_.allowed_roots = {(dir_ / "roots").string(), repo_->path().string()};
  }
  void TearDown() override {
    Stop();
    store_ = nullptr;
    context_.reset();
    repo_.reset();
    fs::remove_all(dir_);
  }

  void Start(GenerationRunner::Generator generator = {},
             std::shared_ptr<app::LlmTiers> llm = nullptr, app::EnvMap env = {}) {
    app::AppSettings settings{.db_url = "sqlite:" + (dir_ / "db.sqlite").string(),
                              .data_dir = dir_ / "data"};
    settings.config.allowed_roots = options_.allowed_roots;
    auto context = app::AppContext::Open(std::move(settings), env);
    ASSERT_TRUE(context) << context.error().message;
    context_ = std::move(*context);
    store_ = &context_->store();
    auto server = Server::Create(options_, {*context_, std::move(llm), std::move(generator)});
    ASSERT_TRUE(server) << server.error().message;
    server_ = std::move(*server);
    auto port = server_->Bind();
    ASSERT_TRUE(port) << port.error().message;
    port_ = *port;
    thread_ = std::thread([this] { run_status_ = server_->Run(); });
  }
  void Stop() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
  }

  httplib::Client Client(const std::string& key = "") {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    if (!key.empty()) client.set_default_headers({{"Authorization", "Bearer " + key}});
    return client;
  }
  json PostJson(httplib::Client& client, const std::string& path, const json& body,
                int expected_status) {
    auto res = client.Post(path.c_str(), body.dump(), "application/json");
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, expected_status) << res->body;
    return json::parse(res->body, nullptr, false);
  }
  json GenerateFromText(httplib::Client& client, const std::string& text) {
    return PostJson(client, "/v1/posts", {{"source", {{"text", text}, {"text_name", "README.md"}}}},
                    201);
  }

  static inline int counter_ = 0;
  fs::path dir_;
  std::unique_ptr<testing::FixtureRepo> repo_;
  ServerOptions options_;
  std::unique_ptr<app::AppContext> context_;
  store::Store* store_ = nullptr;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  core::Status run_status_;
  int port_ = 0;
};

}  // namespace repopost::server
