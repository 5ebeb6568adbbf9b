// RedactSecrets: the last step of every ingest entry point (IngestPath, IngestText,
// GitHubFactSheet), so no credential found in repository text reaches anything outside ingest:
// not the index, the checker, the template writer, an LLM prompt, the store, an API response, an
// export or a log. Rules are the text stage's SecretScanner.
//
//   core::FactSheet sheet = ingester.Run();
//   ingest::RedactSecrets(sheet);  // documents redacted, facts that held a secret dropped
//
// What it does to `sheet`:
//   - every document's text has each secret replaced by text::kSecretMarker;
//   - every fact whose value or detail held a secret is removed (a line that held a secret is
//     never stated in a post, not even redacted);
//   - one warning per secret, naming the file and line (or the manifest field, the commit):
//     "A secret was removed: README.md:7 contains a GitHub token (secret.github-token) ...";
//   - existing warnings are redacted too;
//   - `inspect`, when given, sees each secret's value before it is replaced, once per warning,
//     with the same "where" ("README.md:7"): a caller can look inside a value that is never kept
//     (the app scans them for base64-encoded prompt injections hidden in "token: ..." lines).
// Not thread-safe for one sheet; any number of sheets may be redacted at once.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/fact_sheet.h"

namespace repopost::ingest {

// Called with a secret's value (before redaction) and where it was. Must not keep the value.
using SecretInspector = std::function<void(std::string_view value, const std::string& where)>;

void RedactSecrets(core::FactSheet& sheet, const SecretInspector& inspect = {});

// True for files that hold credentials by convention (.env and its variants, private keys,
// .netrc, .npmrc, .pypirc, .git-credentials, .htpasswd): ingest never reads them.
bool HoldsCredentials(std::string_view path);

}  // namespace repopost::ingest
