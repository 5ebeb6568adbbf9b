// ReadLinkedInCorpus: the LinkedIn influencer corpus (../shared/data/linkedin-posts, see its
// README) as training posts. Columns used: followers, reactions, comments, media_type, content.
// The scrape appends "…see more" (and blank lines) to long posts; that marker is removed, since
// a post being written has no such suffix. Rows without followers or content are skipped and
// counted.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "score/engagement_trainer.h"

namespace repopost::tools {

struct Corpus {
  std::vector<score::TrainingPost> posts;
  std::size_t skipped = 0;
};

core::Result<Corpus> ReadLinkedInCorpus(std::string_view csv_text);

}  // namespace repopost::tools
