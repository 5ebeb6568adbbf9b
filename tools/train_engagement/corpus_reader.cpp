#include "corpus_reader.h"

#include <fmt/format.h>

#include <charconv>
#include <string>

#include "export/csv_reader.h"

namespace repopost::tools {
namespace {

std::optional<double> ParseNumber(const std::string& s) {
  if (s.empty()) return std::nullopt;
  double v = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

std::string StripSeeMore(std::string text) {
  constexpr std::string_view kMarker = "\xE2\x80\xA6see more";  // "…see more"
  if (std::string_view(text).ends_with(kMarker)) text.resize(text.size() - kMarker.size());
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r')) {
    text.pop_back();
  }
  return text;
}

score::MediaKind Media(const std::string& media_type) {
  if (media_type == "image") return score::MediaKind::kImage;
  if (media_type == "video") return score::MediaKind::kVideo;
  return score::MediaKind::kText;  // "article": a text or link post
}

}  // namespace

core::Result<Corpus> ReadLinkedInCorpus(std::string_view csv_text) {
  auto table = exports::ReadCsv(csv_text);
  if (!table) return tl::unexpected(table.error());
  const auto followers = table->Column("followers");
  const auto reactions = table->Column("reactions");
  const auto comments = table->Column("comments");
  const auto media = table->Column("media_type");
  const auto content = table->Column("content");
  if (!followers || !reactions || !comments || !media || !content) {
    return core::Fail(core::ErrorCode::kInput,
                      "The corpus needs columns followers, reactions, comments, media_type, "
                      "content.");
  }
  Corpus corpus;
  for (const exports::CsvRecord& row : table->rows) {
    auto f = ParseNumber(row[*followers]);
    std::string text = StripSeeMore(row[*content]);
    if (!f || *f <= 0 || text.empty()) {
      ++corpus.skipped;
      continue;
    }
    score::TrainingPost post;
    post.text = std::move(text);
    post.media = Media(row[*media]);
    post.followers = *f;
    post.reactions = ParseNumber(row[*reactions]).value_or(0.0);
    post.comments = ParseNumber(row[*comments]).value_or(0.0);
    post.author = row[*followers];  // the corpus has no author id; follower count identifies one
    corpus.posts.push_back(std::move(post));
  }
  return corpus;
}

}  // namespace repopost::tools
