// LlmWriter: the LLM tier of the writer chain. One structured call returns the post, five hook
// alternatives, hashtags, a caption and the claims with their evidence ids; the claim checker
// runs on the answer locally, and only when it finds unsupported statements (or the answer left
// the subject, or broke the schema) does ONE repair call name them and ask for a corrected post.
// So a post costs one sequential round trip, two with a repair, never more.
//
//   auto writer = generate::LlmWriter::Create(router);
//   generate::LlmWriteResult out = writer->Write({.sheet = sheet, .index = index, .options = o});
//   if (!out.post) use TemplateWriter (out.fallback_reason says why);
//   else out.post is the LLM post; statements still unsupported are left for
//        ClaimChecker::Repair (the deterministic rewriter), which GenerationService runs.
//
// The router is the only way out to a provider: retries, fallback across providers and cooldowns
// happen there, and every attempt of every call is in `calls`. No answer at the first call
// (kNoProviderLeft, a bad request, cancellation) means no post here: the caller falls back to the
// template writer. A failed repair call keeps the first answer.
// Thread-safety: Write is const; the router must outlive the writer and is itself thread-safe.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fact_sheet.h"
#include "core/result.h"
#include "generate/llm_prompt.h"
#include "generate/post.h"
#include "index/repo_index.h"
#include "llm/fallback_router.h"
#include "profile/project_profile.h"
#include "safety/checker_options.h"
#include "safety/safety_report.h"

namespace repopost::generate {

enum class LlmCallPurpose {
  kWrite,   // the one structured call
  kRepair,  // the optional second call: unsupported claims, off-topic answer or broken schema
};
std::string_view ToString(LlmCallPurpose value);
core::Result<LlmCallPurpose> ParseLlmCallPurpose(std::string_view text);

struct LlmCallRecord {
  LlmCallPurpose purpose = LlmCallPurpose::kWrite;
  llm::RouteOutcome outcome = llm::RouteOutcome::kNoProviderLeft;
  std::string provider;  // who answered ("" when nobody did)
  std::vector<llm::AttemptRecord> attempts;
  std::string reason;  // why the call was made (repair) or why it failed
};

struct LlmWriteRequest {
  const core::FactSheet& sheet;
  std::shared_ptr<const index::RepoIndex> index;  // REQUIRES: built for `sheet`
  // The project profile `sheet` was built from (null for a bare sheet): the prompt states it and
  // the local check applies its structured rules.
  std::shared_ptr<const profile::ProjectProfile> profile;
  PostOptions options;
  safety::CheckerOptions checker;   // for the local check between the calls
  bool injection_detected = false;  // the InjectionScanner found something in `sheet`
  // Streaming: the post text as it arrives (decoded from the JSON answer), and a notice that
  // what was shown is being replaced (a provider restarted, or the repair call began).
  std::function<void(std::string_view)> on_post_text;
  std::function<void(std::string_view)> on_restart;
  const llm::CancelToken* cancel = nullptr;
};

struct LlmWriteResult {
  std::optional<Post> post;          // nullopt: use the template writer
  std::string fallback_reason;       // one sentence when post is nullopt
  std::string first_draft;           // the first answer's post text when a repair call followed
  std::vector<LlmCallRecord> calls;  // 1, or 2 with a repair
  std::optional<safety::SafetyReport> report;  // the local check of `post`
  std::size_t sequential_calls() const { return calls.size(); }
};

class LlmWriter {
 public:
  // kInternal when the shipped prompt files are broken. REQUIRES: `router` outlives the writer.
  static core::Result<LlmWriter> Create(llm::FallbackRouter& router, LlmPromptLimits limits = {});

  LlmWriteResult Write(const LlmWriteRequest& request) const;

  const LlmPrompt& prompt() const { return prompt_; }

 private:
  LlmWriter(llm::FallbackRouter& router, LlmPrompt prompt)
      : router_(&router), prompt_(std::move(prompt)) {}
  llm::RouteResult Call(const llm::ChatRequest& request, const LlmWriteRequest& write,
                        LlmCallPurpose purpose, std::string reason, LlmWriteResult& out,
                        std::vector<std::string> avoid = {}) const;

  llm::FallbackRouter* router_;
  LlmPrompt prompt_;
};

}  // namespace repopost::generate
