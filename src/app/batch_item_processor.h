// BatchItemProcessor for generation: turns a queued item (its canonical LIST line) into a stored
// post and returns the generation id, the item's result.
//
// Idempotent per item: the generation id is derived from the item id ("bi_X" -> "g_X"), so an
// item redone after its worker died between storing the post and completing the item finds its
// post and does not store a second one.
#pragma once

#include <memory>
#include <string>

#include "app/app_context.h"
#include "app/batch_worker.h"
#include "core/result.h"
#include "llm/fallback_router.h"
#include "store/batch_store.h"

namespace repopost::app {

struct BatchGenerationOptions {
  bool offline = false;  // template writer only, even when LLM providers are configured
  std::shared_ptr<llm::FallbackRouter> llm;  // the LLM tiers (app/llm_tiers.h); null = template
  bool clone = false;                        // clone GitHub sources for their full history
  Actor actor{.actor = "batch"};
};

// The generation id an item's post is stored under.
std::string GenerationIdForItem(const std::string& item_id);

// Generates and stores the post for `item`. REQUIRES: `context` outlives every call; the returned
// processor may be called from several threads at once (AppContext is thread-safe).
BatchItemProcessor MakeGenerationProcessor(AppContext& context, BatchGenerationOptions options);

}  // namespace repopost::app
