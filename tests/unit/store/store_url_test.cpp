#include "store/store_url.h"

#include <gtest/gtest.h>

#include <set>

#include "store/record_id.h"

namespace repopost::store {
namespace {

TEST(StoreUrl, ParsesSqlitePathsAndOptions) {
  auto plain = ParseStoreUrl("sqlite:/data/repopost.db");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->kind, StoreKind::kSqlite);
  EXPECT_EQ(plain->sqlite_path, "/data/repopost.db");
  EXPECT_EQ(plain->sqlite_max_pages, 0);
  auto capped = ParseStoreUrl("sqlite:rel.db?max_pages=100");
  ASSERT_TRUE(capped);
  EXPECT_EQ(capped->sqlite_path, "rel.db");
  EXPECT_EQ(capped->sqlite_max_pages, 100);
}

TEST(StoreUrl, PassesPostgresUrisThrough) {
  for (const char* url :
       {"postgres://u@h/db", "postgresql://u:p@127.0.0.1:5432/db?sslmode=disable"}) {
    auto parsed = ParseStoreUrl(url);
    ASSERT_TRUE(parsed) << url;
    EXPECT_EQ(parsed->kind, StoreKind::kPostgres);
    EXPECT_EQ(parsed->postgres_uri, url);
  }
}

TEST(StoreUrl, RejectsOtherSchemesWithOneSentence) {
  struct Case {
    const char* url;
    const char* mentions;
  };
  const Case cases[] = {{"mysql://x/y", "mysql"},
                        {"repopost.db", "no scheme"},
                        {"sqlite:", "names no file"},
                        {"sqlite:x.db?max_pages=-1", "positive"},
                        {"sqlite:x.db?mode=ro", "max_pages"}};
  for (const Case& c : cases) {
    auto parsed = ParseStoreUrl(c.url);
    ASSERT_FALSE(parsed) << c.url;
    EXPECT_EQ(parsed.error().code, core::ErrorCode::kUsage);
    EXPECT_NE(parsed.error().message.find(c.mentions), std::string::npos) << parsed.error().message;
  }
}

TEST(RecordId, IsPrefixedBase32AndUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 10000; ++i) {
    std::string id = NewRecordId("g");
    ASSERT_EQ(id.size(), 14u);
    ASSERT_EQ(id.substr(0, 2), "g_");
    for (char c : id.substr(2)) {
      ASSERT_NE(std::string("0123456789abcdefghjkmnpqrstvwxyz").find(c), std::string::npos) << id;
    }
    seen.insert(id);
  }
  EXPECT_EQ(seen.size(), 10000u);
}

}  // namespace
}  // namespace repopost::store
