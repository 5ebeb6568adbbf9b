// Where a fact or a piece of text came from. Every fact and chunk carries one.
#pragma once

#include <string>

namespace repopost::core {

struct Provenance {
  std::string path;    // repository-relative file path, or "" when not from a file
  int line_begin = 0;  // 1-based, inclusive; 0 when not line-addressed
  int line_end = 0;
  std::string commit;  // commit id the text was read at (or the commit a fact is about)
  std::string tag;     // a tag name, for release facts
  std::string field;   // manifest field ("package.json:description") or API field
  std::string url;     // API URL for remote sources

  // A compact human form: "README.md:3-5 @abc1234", "package.json:version", "git:history".
  std::string Describe() const;
};

}  // namespace repopost::core
