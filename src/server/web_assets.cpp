#include "server/web_assets.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "embedded/chartjs.h"
#include "embedded/web.h"

namespace repopost::server {
namespace {

constexpr std::string_view kVendorPrefix = "vendor-";  // Debian's Chart.js: vendor-chart.min.js

std::string ContentTypeFor(std::string_view path) {
  auto ends = [&](std::string_view ext) {
    return path.size() >= ext.size() && path.substr(path.size() - ext.size()) == ext;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js") || ends(".mjs")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".json")) return "application/json";
  return "application/octet-stream";
}

bool SafeRelative(std::string_view path) {
  if (path.empty() || path.front() == '/' || path.find("..") != std::string_view::npos)
    return false;
  for (char c : path) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_' ||
          c == '/')) {
      return false;
    }
  }
  return true;
}

}  // namespace

WebAssets::WebAssets(std::optional<std::string> web_root) : web_root_(std::move(web_root)) {}

std::optional<WebAsset> WebAssets::Find(std::string_view path) const {
  if (!SafeRelative(path)) return std::nullopt;
  if (path.rfind(kVendorPrefix, 0) == 0) {
    auto vendored = embedded::chartjs::Find(path.substr(kVendorPrefix.size()));
    if (!vendored) return std::nullopt;
    return WebAsset{std::string(*vendored), ContentTypeFor(path)};
  }
  if (web_root_) {
    std::filesystem::path file = std::filesystem::path(*web_root_) / std::string(path);
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream body;
    body << in.rdbuf();
    return WebAsset{body.str(), ContentTypeFor(path)};
  }
  auto embedded = embedded::web::Find(path);
  if (!embedded) return std::nullopt;
  return WebAsset{std::string(*embedded), ContentTypeFor(path)};
}

}  // namespace repopost::server
