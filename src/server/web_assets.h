// WebAssets: the UI's static files, from the binary (embedded at build time) or, with
// --web-root DIR, from disk for development. Chart.js comes from Debian's libjs-chart.js, embedded
// as "vendor-chart.min.js" (one path segment: the /assets/{file} route matches one). Paths are
// looked up by name only; no request path reaches the file system except as a lookup key checked
// against the embedded list or the root's own files.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace repopost::server {

struct WebAsset {
  std::string body;
  std::string content_type;
};

class WebAssets {
 public:
  explicit WebAssets(std::optional<std::string> web_root);
  // `path` relative to the web root ("index.html", "app.js"); nullopt when unknown.
  std::optional<WebAsset> Find(std::string_view path) const;

 private:
  std::optional<std::string> web_root_;
};

}  // namespace repopost::server
