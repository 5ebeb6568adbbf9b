#include "fake_github_server/fake_github_server.h"

#include <httplib.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

namespace repopost::testing {
namespace {

using nlohmann::json;

std::string Base64(const std::string& in) {
  static constexpr char kChars[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned value = 0;
  int bits = -6;
  int column = 0;
  for (unsigned char c : in) {
    value = (value << 8) + c;
    bits += 8;
    while (bits >= 0) {
      out += kChars[(value >> bits) & 0x3F];
      bits -= 6;
      if (++column == 60) {  // GitHub wraps the content at 60 characters
        out += '\n';
        column = 0;
      }
    }
  }
  if (bits > -6) out += kChars[((value << 8) >> (bits + 8)) & 0x3F];
  while (out.size() % 4 != 0 && out.back() != '\n') out += '=';
  return out;
}

struct Fault {
  std::string prefix;
  int status = 0;
  int times = 0;
  long long reset_epoch = 0;
  std::string location;
};

}  // namespace

struct FakeGitHubServer::Impl {
  httplib::Server server;
  std::thread thread;
  int port = 0;
  mutable std::mutex mutex;
  std::map<std::string, FakeRepository> repositories;  // "owner/name"
  std::vector<Fault> faults;
  std::vector<RecordedRequest> requests;
  std::chrono::milliseconds delay{0};

  bool ApplyFault(const std::string& path, httplib::Response& res) {
    std::lock_guard lock(mutex);
    for (auto it = faults.begin(); it != faults.end(); ++it) {
      if (path.rfind(it->prefix, 0) != 0 || it->times <= 0) continue;
      --it->times;
      res.status = it->status;
      if (!it->location.empty()) res.set_header("Location", it->location);
      if (it->reset_epoch > 0) {
        res.set_header("X-RateLimit-Limit", "60");
        res.set_header("X-RateLimit-Remaining", "0");
        res.set_header("X-RateLimit-Reset", std::to_string(it->reset_epoch));
      }
      res.set_content(
          json{{"message", it->reset_epoch > 0 ? "API rate limit exceeded" : "Server Error"},
               {"documentation_url", "https://docs.github.com/rest"}}
              .dump(),
          "application/json");
      if (it->times == 0) faults.erase(it);
      return true;
    }
    return false;
  }

  void Reply(const httplib::Request& req, httplib::Response& res, const json& body) {
    const std::string text = body.dump();
    const std::string etag = "\"" + std::to_string(std::hash<std::string>{}(text)) + "\"";
    res.set_header("ETag", etag);
    if (req.get_header_value("If-None-Match") == etag) {
      res.status = 304;
      return;
    }
    res.status = 200;
    res.set_content(text, "application/json; charset=utf-8");
  }

  json RepoJson(const FakeRepository& r) const {
    json license = r.license_spdx.empty()
                       ? json(nullptr)
                       : json{{"key", r.license_spdx}, {"spdx_id", r.license_spdx}};
    return {{"full_name", r.owner + "/" + r.name},
            {"name", r.name},
            {"description", r.description.empty() ? json(nullptr) : json(r.description)},
            {"homepage", r.homepage.empty() ? json(nullptr) : json(r.homepage)},
            {"html_url", "https://github.com/" + r.owner + "/" + r.name},
            {"default_branch", "main"},
            {"license", license},
            {"topics", r.topics},
            {"stargazers_count", r.stars},
            {"forks_count", r.forks},
            {"archived", r.archived},
            {"fork", false},
            {"created_at", "2020-01-02T03:04:05Z"},
            {"pushed_at", "2026-11-01T00:00:00Z"}};
  }

  void Handle(const httplib::Request& req, httplib::Response& res) {
    std::string full_path = req.path;
    if (!req.params.empty()) {
      std::string query;
      for (const auto& [k, v] : req.params) query += (query.empty() ? "?" : "&") + k + "=" + v;
      full_path += query;
    }
    std::chrono::milliseconds wait{0};
    {
      std::lock_guard lock(mutex);
      RecordedRequest record{full_path, {}};
      for (const auto& [k, v] : req.headers) record.headers[k] = v;
      requests.push_back(std::move(record));
      wait = delay;
    }
    if (wait.count() > 0) std::this_thread::sleep_for(wait);
    if (ApplyFault(full_path, res)) return;
    // /repos/{owner}/{name}[/{what}]
    std::vector<std::string> parts;
    for (std::size_t start = 1; start <= req.path.size();) {
      std::size_t slash = req.path.find('/', start);
      if (slash == std::string::npos) slash = req.path.size();
      parts.push_back(req.path.substr(start, slash - start));
      start = slash + 1;
    }
    FakeRepository repo;
    {
      std::lock_guard lock(mutex);
      auto it = parts.size() >= 3 && parts[0] == "repos"
                    ? repositories.find(parts[1] + "/" + parts[2])
                    : repositories.end();
      if (it == repositories.end()) {
        res.status = 404;
        res.set_content(R"({"message":"Not Found"})", "application/json");
        return;
      }
      repo = it->second;
    }
    const std::string what = parts.size() > 3 ? parts[3] : "";
    const std::string api = base_url_for_port(port) + "/repos/" + repo.owner + "/" + repo.name;
    if (what.empty()) return Reply(req, res, RepoJson(repo));
    if (what == "readme") {
      if (repo.readme.empty()) {
        res.status = 404;
        res.set_content(R"({"message":"Not Found"})", "application/json");
        return;
      }
      return Reply(req, res,
                   {{"name", "README.md"},
                    {"path", "README.md"},
                    {"encoding", "base64"},
                    {"content", Base64(repo.readme)},
                    {"type", "file"}});
    }
    if (what == "languages") return Reply(req, res, json(repo.languages));
    if (what == "commits") {
      json list = json::array();
      for (const auto& c : repo.commits) {
        list.push_back(
            {{"sha", c.sha},
             {"commit",
              {{"message", c.message},
               {"author", {{"name", c.author}, {"email", "x@example.com"}, {"date", c.date}}}}},
             {"html_url",
              "https://github.com/" + repo.owner + "/" + repo.name + "/commit/" + c.sha}});
      }
      return Reply(req, res, list);
    }
    if (what == "issues") {
      json list = json::array();
      for (const auto& i : repo.issues) {
        json item = {{"number", i.number},
                     {"title", i.title},
                     {"body", i.body.empty() ? json(nullptr) : json(i.body)},
                     {"state", "open"},
                     {"url", api + "/issues/" + std::to_string(i.number)},
                     {"html_url", "https://github.com/" + repo.owner + "/" + repo.name +
                                      "/issues/" + std::to_string(i.number)}};
        if (i.is_pull) item["pull_request"] = {{"url", api + "/pulls/" + std::to_string(i.number)}};
        list.push_back(item);
      }
      return Reply(req, res, list);
    }
    if (what == "releases") {
      json list = json::array();
      for (const auto& r : repo.releases) {
        list.push_back({{"tag_name", r.tag},
                        {"name", r.name},
                        {"body", r.body},
                        {"draft", false},
                        {"prerelease", false},
                        {"published_at", r.published_at},
                        {"html_url", "https://github.com/" + repo.owner + "/" + repo.name +
                                         "/releases/tag/" + r.tag}});
      }
      return Reply(req, res, list);
    }
    if (what == "contributors") {
      json list = json::array();
      if (repo.contributors > 0) list.push_back({{"login", "someone"}, {"contributions", 10}});
      if (repo.contributors > 1) {
        res.set_header("Link", "<" + api +
                                   "/contributors?per_page=1&anon=1&page=2>; rel=\"next\", <" +
                                   api + "/contributors?per_page=1&anon=1&page=" +
                                   std::to_string(repo.contributors) + ">; rel=\"last\"");
      }
      return Reply(req, res, list);
    }
    res.status = 404;
    res.set_content(R"({"message":"Not Found"})", "application/json");
  }

  static std::string base_url_for_port(int port) {
    return "http://127.0.0.1:" + std::to_string(port);
  }
};

FakeGitHubServer::FakeGitHubServer() : impl_(std::make_unique<Impl>()) {
  impl_->server.Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    impl_->Handle(req, res);
  });
  impl_->port = impl_->server.bind_to_any_port("127.0.0.1");
  impl_->thread = std::thread([this] { impl_->server.listen_after_bind(); });
  while (!impl_->server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

FakeGitHubServer::~FakeGitHubServer() {
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

std::string FakeGitHubServer::base_url() const { return Impl::base_url_for_port(impl_->port); }

FakeRepository FakeGitHubServer::SampleRepository(std::string owner, std::string name) {
  FakeRepository r;
  r.owner = std::move(owner);
  r.name = std::move(name);
  r.homepage = "https://" + r.name + ".example.org";
  r.topics = {"cli", "developer-tools"};
  r.stars = 1234;
  r.forks = 56;
  r.readme =
      "# " + r.name + "\n\n" + r.name +
      " is a tiny widget toolkit for terminals.\n\n## Features\n\n- Renders 12 widget kinds\n"
      "- No runtime dependencies\n\n## Install\n\n```sh\nnpm install " +
      r.name + "\n```\n";
  r.languages = {{"TypeScript", 90000}, {"Shell", 10000}};
  r.commits = {
      {"a1b2c3d4e5f6", "2026-11-01T10:00:00Z", "Ada Lovelace", "feat: add sparkline widget"},
      {"b2c3d4e5f6a1", "2026-10-20T10:00:00Z", "Grace Hopper", "fix: wrap long labels"}};
  r.issues = {{7, "Support Windows terminals", "Colours look wrong on cmd.exe"},
              {9, "Add gauge widget", "Implements #3", true}};
  r.releases = {{"v2.1.0", "2.1.0", "- Sparkline widget\n- Faster layout", "2026-11-02T00:00:00Z"}};
  r.contributors = 17;
  return r;
}

void FakeGitHubServer::AddRepository(FakeRepository repository) {
  std::lock_guard lock(impl_->mutex);
  const std::string key = repository.owner + "/" + repository.name;
  impl_->repositories[key] = std::move(repository);
}

void FakeGitHubServer::FailNext(const std::string& path_prefix, int status, int times) {
  std::lock_guard lock(impl_->mutex);
  impl_->faults.push_back({path_prefix, status, times, 0, ""});
}

void FakeGitHubServer::RateLimitNext(const std::string& path_prefix, long long reset_epoch,
                                     int status, int times) {
  std::lock_guard lock(impl_->mutex);
  impl_->faults.push_back({path_prefix, status, times, reset_epoch, ""});
}

void FakeGitHubServer::RedirectNext(const std::string& path_prefix, const std::string& location) {
  std::lock_guard lock(impl_->mutex);
  impl_->faults.push_back({path_prefix, 301, 1, 0, location});
}

void FakeGitHubServer::SetDelay(std::chrono::milliseconds delay) {
  std::lock_guard lock(impl_->mutex);
  impl_->delay = delay;
}

std::vector<RecordedRequest> FakeGitHubServer::requests() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->requests;
}

int FakeGitHubServer::CountRequests(const std::string& path_prefix) const {
  std::lock_guard lock(impl_->mutex);
  int n = 0;
  for (const auto& r : impl_->requests) n += r.path.rfind(path_prefix, 0) == 0;
  return n;
}

}  // namespace repopost::testing
