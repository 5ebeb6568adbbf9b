#include "llm/local_discovery.h"

#include <nlohmann/json.hpp>

#include "llm/curl_transport.h"

namespace repopost::llm {
namespace {

// The first model id of an OpenAI /models answer ({"data": [{"id": ...}]}), "" when none.
std::string FirstModel(const std::string& body) {
  nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) return "";
  auto data = parsed.find("data");
  if (data == parsed.end() || !data->is_array()) return "";
  for (const auto& model : *data) {
    if (model.is_object() && model.contains("id") && model["id"].is_string()) {
      return model["id"].get<std::string>();
    }
  }
  return "";
}

}  // namespace

std::vector<LocalCandidate> DefaultLocalCandidates(const Env& env) {
  std::vector<LocalCandidate> out;
  if (auto it = env.find("REPOPOST_AUTO_LLM_URLS"); it != env.end() && !it->second.empty()) {
    std::string list = it->second + ",";
    std::size_t start = 0;
    for (std::size_t comma = list.find(','); comma != std::string::npos;
         start = comma + 1, comma = list.find(',', start)) {
      std::string url = list.substr(start, comma - start);
      while (!url.empty() && url.front() == ' ') url.erase(url.begin());
      while (!url.empty() && (url.back() == '/' || url.back() == ' ')) url.pop_back();
      if (!url.empty()) out.push_back({"local", url});
    }
    return out;
  }
  out.push_back({"ollama", "http://127.0.0.1:11434/v1"});
  out.push_back({"llama.cpp", "http://127.0.0.1:8080/v1"});
  return out;
}

std::vector<ClientConfig> DiscoverLocalServers(const std::vector<LocalCandidate>& candidates,
                                               std::chrono::milliseconds timeout) {
  std::vector<ClientConfig> found;
  for (const LocalCandidate& candidate : candidates) {
    HttpRequest http;
    http.url = candidate.base_url + "/models";
    http.headers = {"Accept: application/json"};
    http.connect_timeout = timeout;
    http.total_timeout = timeout;
    auto reply = CurlTransport::Perform(http);
    if (!reply || reply->status < 200 || reply->status >= 300) continue;
    std::string model = FirstModel(reply->body);
    if (model.empty()) continue;
    ClientConfig config;
    config.identity = {candidate.name, std::move(model), candidate.base_url};
    found.push_back(std::move(config));
  }
  return found;
}

}  // namespace repopost::llm
