#include "app/batch_item_processor.h"

#include "app/batch_list.h"

namespace repopost::app {
namespace {

core::Result<std::string> GenerateItem(AppContext& context, const BatchGenerationOptions& options,
                                       const store::BatchItem& item) {
  auto spec = ParseBatchLine(item.input, BatchListOptions{});
  if (!spec) return tl::unexpected(spec.error());
  const std::string id = GenerationIdForItem(item.id);
  // A redo after a crash between storing and completing: the post is already there.
  if (context.store().generations().GetGeneration(id)) return id;

  GenerateRequest request;
  request.source.location = spec->source;
  request.source.clone = options.clone;
  request.options.style = spec->style;
  request.options.tone = spec->tone;
  request.options.hook = spec->hook;
  request.offline = options.offline;
  request.llm = options.llm;
  auto generated = context.generation().Generate(request);
  if (!generated) return tl::unexpected(generated.error());
  generated->id = id;
  auto stored = context.Store(request, std::move(*generated), options.actor);
  if (!stored) {
    // Another worker stored the same item's post meanwhile (its lease ran out under it).
    if (stored.error().code == core::ErrorCode::kConflict &&
        context.store().generations().GetGeneration(id)) {
      return id;
    }
    return tl::unexpected(stored.error());
  }
  return stored->record.generation.id;
}

}  // namespace

std::string GenerationIdForItem(const std::string& item_id) {
  const std::size_t underscore = item_id.find('_');
  return "g_" + (underscore == std::string::npos ? item_id : item_id.substr(underscore + 1));
}

BatchItemProcessor MakeGenerationProcessor(AppContext& context, BatchGenerationOptions options) {
  return [&context, options = std::move(options)](const store::BatchItem& item) {
    return GenerateItem(context, options, item);
  };
}

}  // namespace repopost::app
