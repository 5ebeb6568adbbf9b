#include "store/store_url.h"

#include <charconv>

namespace repopost::store {
namespace {

constexpr std::string_view kExpected =
    "expected sqlite:PATH, postgres://HOST/DB or postgresql://HOST/DB";

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

core::Result<StoreUrl> ParseSqlite(std::string_view rest) {
  StoreUrl url;
  url.kind = StoreKind::kSqlite;
  std::size_t query = rest.find('?');
  url.sqlite_path = std::string(rest.substr(0, query));
  if (url.sqlite_path.empty()) {
    return core::Fail(core::ErrorCode::kUsage,
                      "the database URL names no file; " + std::string(kExpected));
  }
  if (query == std::string_view::npos) return url;
  std::string_view option = rest.substr(query + 1);
  constexpr std::string_view kMaxPages = "max_pages=";
  if (!StartsWith(option, kMaxPages)) {
    return core::Fail(core::ErrorCode::kUsage,
                      "the only SQLite URL option is max_pages=N, not " + std::string(option));
  }
  std::string_view number = option.substr(kMaxPages.size());
  auto [end, ec] =
      std::from_chars(number.data(), number.data() + number.size(), url.sqlite_max_pages);
  if (ec != std::errc() || end != number.data() + number.size() || url.sqlite_max_pages <= 0) {
    return core::Fail(core::ErrorCode::kUsage, "max_pages must be a positive whole number");
  }
  return url;
}

}  // namespace

core::Result<StoreUrl> ParseStoreUrl(std::string_view url) {
  if (StartsWith(url, "sqlite:")) return ParseSqlite(url.substr(7));
  if (StartsWith(url, "postgres://") || StartsWith(url, "postgresql://")) {
    StoreUrl out;
    out.kind = StoreKind::kPostgres;
    out.postgres_uri = std::string(url);
    return out;
  }
  std::size_t colon = url.find(':');
  std::string scheme = colon == std::string_view::npos ? "" : std::string(url.substr(0, colon));
  return core::Fail(core::ErrorCode::kUsage,
                    (scheme.empty() ? std::string("the database URL has no scheme")
                                    : "the database scheme " + scheme + " is not supported") +
                        "; " + std::string(kExpected));
}

}  // namespace repopost::store
