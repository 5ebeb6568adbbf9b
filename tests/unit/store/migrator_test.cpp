#include "store/migrator.h"

#include <gtest/gtest.h>

namespace repopost::store {
namespace {

TEST(Migrator, ListsNumberedMigrationsForBothDialectsInOrder) {
  for (SqlDialect dialect : {SqlDialect::kSqlite, SqlDialect::kPostgres}) {
    auto migrations = MigrationsFor(dialect);
    ASSERT_TRUE(migrations) << migrations.error().message;
    ASSERT_FALSE(migrations->empty());
    EXPECT_EQ(migrations->front().version, 1);
    EXPECT_EQ(migrations->front().name, "0001_initial");
    for (std::size_t i = 1; i < migrations->size(); ++i) {
      EXPECT_LT((*migrations)[i - 1].version, (*migrations)[i].version);
    }
    EXPECT_NE(migrations->front().sql.find("CREATE TABLE generations"), std::string::npos);
  }
}

}  // namespace
}  // namespace repopost::store
