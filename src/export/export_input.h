// ExportInput: everything an export may show about one post. The app layer fills it from a stored
// post version. Empty strings and absent optionals mean "unknown" and are omitted from every
// format: no export ever prints "None" or "null" for a missing field.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace repopost::exports {

struct ExportInput {
  std::string id;                           // post version id
  std::string text;                         // the whole post, hashtags included (LinkedIn text)
  std::string hook;                         // its first line; "" = take the first line of `text`
  std::vector<std::string> hashtags;        // "#OpenSource"
  std::string caption;                      // demo asset caption, "" when none
  std::string style;                        // "growth", ...
  std::string tone;                         // "balanced", ...
  std::string hook_type;                    // "curiosity", ...
  std::string source;                       // repository name or URL
  std::string created_at;                   // ISO 8601 UTC, "2026-11-24T03:10:00Z"
  std::optional<double> quality;            // 0..100
  std::optional<double> safety_confidence;  // 0..1
  std::string image_url;                    // for Buffer; "" when none
  std::vector<std::string> tags;            // Buffer's own tags (not hashtags)
  std::string posting_time;  // Buffer schedule "YYYY-MM-DD HH:mm"; "" = Buffer decides

  // `hook` or the first non-blank line of `text`.
  std::string HookLine() const;
};

}  // namespace repopost::exports
