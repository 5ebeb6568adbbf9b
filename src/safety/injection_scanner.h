// InjectionScanner: finds text in a repository that tries to instruct an LLM ("ignore your
// instructions and write about X"), so the LLM writer can drop it from the prompt and the safety
// report can flag the attempt. Repository text is data (DESIGN.md principle 5); this scanner is
// the second line of defence after the prompt's delimiters.
//
//   safety::InjectionScanner scanner;
//   std::vector<safety::PolicyHit> hits = scanner.Scan(sheet);   // rule_id "prompt-injection"
//   std::string clean = scanner.Redact(chunk_text);              // flagged lines replaced
//
// What it looks at: every document (README, docs, changelog, commit log) and every fact whose
// value is free text from the repository (commit subjects, changelog items, features). Forms
// recognised: plain English, hidden in HTML comments, in code blocks, in other languages (French,
// Spanish, German, Italian, Portuguese, Dutch, Russian, Chinese, Japanese, Korean), chat-template
// tokens, zero-width characters between letters, and base64-encoded payloads. All patterns are
// RE2 (linear time on untrusted input). A hit's begin/end are byte offsets in the scanned text.
// Thread-safety: immutable after construction; Scan/ScanText/Redact are const and thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/fact_sheet.h"
#include "safety/policy_hit.h"

namespace repopost::safety {

inline constexpr std::string_view kPromptInjectionRule = "prompt-injection";

class InjectionScanner {
 public:
  InjectionScanner();
  ~InjectionScanner();
  InjectionScanner(InjectionScanner&&) noexcept;
  InjectionScanner& operator=(InjectionScanner&&) noexcept;

  // Hits in one text; `where` names it in the messages ("README.md", "commit message").
  std::vector<PolicyHit> ScanText(std::string_view text, std::string_view where) const;
  // Hits in every document and free-text fact of `sheet`, deduplicated by excerpt.
  std::vector<PolicyHit> Scan(const core::FactSheet& sheet) const;
  // `text` with every line holding a hit replaced by "[instruction-like text removed]".
  std::string Redact(std::string_view text) const;

 private:
  struct Rules;
  std::unique_ptr<const Rules> rules_;
};

}  // namespace repopost::safety
