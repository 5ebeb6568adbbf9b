// LlmPrompt: builds the LLM writer's chat requests from the versioned prompt files
// (data/prompts/writer.txt, repair.txt) and the repository's facts and retrieved excerpts.
//
//   auto prompt = generate::LlmPrompt::Embedded();
//   auto request = prompt->WriterRequest({.sheet = sheet, .index = &index, .options = options});
//   ... answer ... report shows unsupported claims ...
//   auto repair = prompt->RepairRequest(*request, answer_json, problems, "tidyjson");
//
// Repository text (fact values, excerpts) goes only inside the "<<<REPOSITORY DATA" ...
// "REPOSITORY DATA>>>" block of the user message; the system message says it is data. Text that
// could close that block early is defused, and lines the InjectionScanner flags are replaced
// before they reach the model. Immutable; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/fact_sheet.h"
#include "core/result.h"
#include "generate/post_options.h"
#include "generate/prompt_template.h"
#include "index/repo_index.h"
#include "llm/chat_request.h"
#include "profile/project_profile.h"
#include "safety/injection_scanner.h"

namespace repopost::generate {

struct LlmPromptInput {
  const core::FactSheet& sheet;
  const index::RepoIndex* index = nullptr;           // nullptr: facts only, no excerpts
  const profile::ProjectProfile* profile = nullptr;  // nullptr: no PROFILE block
  PostOptions options;
  bool injection_detected = false;  // adds a warning line to the system message
};

// One statement the checker could not back, for the repair message.
struct RepairProblem {
  std::string text;                   // the sentence as written
  std::string rationale;              // the checker's one-line reason
  std::vector<std::string> evidence;  // nearest evidence found ("README.md:12: ...")
};

struct LlmPromptLimits {
  static constexpr std::size_t kDefaultExcerpts = 8;
  static constexpr std::size_t kDefaultExcerptBytes = 700;
  static constexpr std::size_t kDefaultFactBytes = 300;
  static constexpr std::size_t kDefaultMaxFacts = 80;
  static constexpr int kDefaultMaxTokens = 1600;

  std::size_t excerpts = kDefaultExcerpts;
  std::size_t excerpt_bytes = kDefaultExcerptBytes;
  std::size_t fact_bytes = kDefaultFactBytes;
  std::size_t max_facts = kDefaultMaxFacts;
  int max_tokens = kDefaultMaxTokens;
  double temperature = 0.4;
};

class LlmPrompt {
 public:
  // kInternal when a shipped prompt file is missing or broken.
  static core::Result<LlmPrompt> Embedded(LlmPromptLimits limits = {});

  core::Result<llm::ChatRequest> WriterRequest(const LlmPromptInput& input) const;
  // The writer conversation, the model's answer, and one user message naming the problems.
  core::Result<llm::ChatRequest> RepairRequest(const llm::ChatRequest& writer_request,
                                               std::string_view answer_json,
                                               const std::vector<RepairProblem>& problems,
                                               std::string_view project) const;

  const std::string& writer_version() const { return writer_.version(); }
  const std::string& repair_version() const { return repair_.version(); }

  // The retrieval query for a post: the project's own description plus the style's interests.
  static std::string RetrievalQuery(const core::FactSheet& sheet, Style style);

 private:
  LlmPrompt(PromptTemplate writer, PromptTemplate repair, LlmPromptLimits limits)
      : writer_(std::move(writer)), repair_(std::move(repair)), limits_(limits) {}
  std::string FactLines(const core::FactSheet& sheet) const;
  std::string ProfileLines(const profile::ProjectProfile* profile) const;
  std::string ExcerptLines(const core::FactSheet& sheet, const index::RepoIndex& index,
                           Style style) const;

  PromptTemplate writer_;
  PromptTemplate repair_;
  LlmPromptLimits limits_;
  safety::InjectionScanner scanner_;
};

}  // namespace repopost::generate
