// PostService: stored posts for the server (and the CLI's refine/diff/feedback/export commands).
// It turns a GenerationResult into stored rows (generation, first version with its safety report,
// LLM attempts, audit event) and serves reads, refinements, diffs, feedback and exports. Thin
// over the store: every state change is one store call plus one audit event.
//
//   app::PostService posts({store, store, store, store});
//   auto created = posts.Create(*generated, {.actor = "k_ci", .origin = "10.0.0.7:5123"});
//   auto v2 = posts.Refine(created->generation.id, {.action = "shorter"}, actor);
//
// Refinement reads what it needs (hook options, facts, style, tone) from the generation details
// stored with the post, never from process memory: a post refines the same in the process that
// generated it, in a fresh CLI process, after a server restart and in another process sharing
// the database. Thread-safe when the stores are (the Store facade serialises its calls).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/generation_service.h"
#include "core/result.h"
#include "store/attempt_store.h"
#include "store/audit_store.h"
#include "store/feedback_store.h"
#include "store/generation_store.h"

namespace repopost::app {

// The store aggregates PostService writes to; usually all four are the one Store facade.
struct PostStores {
  store::GenerationStore& generations;
  store::FeedbackStore& feedback;
  store::AuditStore& audit;
  store::AttemptStore& attempts;
};

// Who asked and from where, for the audit trail. Never holds a secret (key id, not key).
struct Actor {
  std::string actor = "anonymous";
  std::string origin;
};

struct PostRecord {
  store::Generation generation;
  std::vector<store::PostVersion> versions;  // seq order; versions.back() is the latest
  std::vector<store::Feedback> feedback;     // oldest first
  std::vector<store::LlmAttempt> attempts;   // oldest first
  // The full pipeline result, only on the record Create returns; reads (Get) leave it empty and
  // the stored details (generation.details, StoredDetailsFromJson) are the truth.
  std::optional<GenerationResult> details;
};

// Exactly one of `action`, `text` and `use_hook` is set.
struct RefineInput {
  // A generate::RefineAction name ("shorter", ...) or free text asking for one ("make it
  // shorter"), understood by generate::ParseRefineRequest.
  std::string action;
  std::string text;             // a manual edit: the new text, stored as reason manual-edit
  std::string use_hook;         // open with this stored hook option: its number, type or text
  std::string base_version_id;  // "" = the latest version
};

struct FeedbackInput {
  std::string version_id;  // "" = the latest version
  std::string type;        // a store::FeedbackType name
  std::optional<int> rating;
  std::string comment;
};

// A word-level diff between two versions; `text` pieces concatenate back to each side.
struct WordDiff {
  enum class Op { kKeep, kInsert, kDelete };
  struct Piece {
    Op op = Op::kKeep;
    std::string text;
  };
  std::string from_version_id;
  std::string to_version_id;
  std::vector<Piece> pieces;
};
std::string_view ToString(WordDiff::Op op);

class PostService {
 public:
  explicit PostService(PostStores stores);

  // Checks and scores a new version's text against the post's source before it is stored
  // (refinements and manual edits are checked like the first version). Set once, before use.
  using VersionEvaluator =
      std::function<core::Result<GenerationResult>(const std::string& id, const std::string& text)>;
  void SetEvaluator(VersionEvaluator evaluator) { evaluator_ = std::move(evaluator); }

  // `source_id` links the generation to its stored source ("" for none), so a later process can
  // re-read the source to check refinements.
  core::Result<PostRecord> Create(const GenerationResult& result, const Actor& actor,
                                  const std::string& source_id = {});
  // `id` is a generation id ("g_…"). kNotFound when absent.
  core::Result<PostRecord> Get(const std::string& id) const;
  core::Result<std::vector<store::PostVersion>> Versions(const std::string& id) const;
  // Stored posts, newest first, each with its latest version.
  core::Result<std::vector<store::HistoryEntry>> History(const store::HistoryQuery& query) const {
    return stores_.generations.ListHistory(query);
  }
  // kUsage for an unknown action or free text that asks for none (the message lists what is
  // supported), kConflict when the action cannot change the text.
  core::Result<store::PostVersion> Refine(const std::string& id, const RefineInput& input,
                                          const Actor& actor);
  // `from` and `to` are version ids, or generation ids meaning their latest version.
  core::Result<WordDiff> Diff(const std::string& from, const std::string& to) const;
  core::Result<store::Feedback> AddFeedback(const std::string& id, const FeedbackInput& input,
                                            const Actor& actor);
  // Appends an audit event for an action that is not a post change (a batch, a check).
  core::Status Audit(const Actor& actor, const std::string& action, const std::string& target);

 private:
  core::Result<store::PostVersion> ResolveVersion(const std::string& id) const;
  core::Result<std::string> RefinedText(const std::string& id, const RefineInput& input,
                                        const std::string& base_text) const;

  PostStores stores_;
  VersionEvaluator evaluator_;
};

}  // namespace repopost::app
