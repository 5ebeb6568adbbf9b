// The store conformance suite: one parameterised fixture; every TEST_P runs on SQLite and on a
// real PostgreSQL (instantiated once in store_conformance_test.cpp).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "store/store.h"
#include "store_backend.h"

namespace repopost::store::testing {

class StoreConformance : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    auto url = FreshDatabaseUrl(GetParam());
    ASSERT_TRUE(url) << url.error().message;
    url_ = *url;
    auto opened = OpenStore(url_, clock_);
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }

  // Another Store (its own connection) on the same database.
  std::unique_ptr<Store> OpenSecond() {
    auto opened = OpenStore(url_, clock_);
    EXPECT_TRUE(opened) << opened.error().message;
    return opened ? std::move(*opened) : nullptr;
  }

  // A generation with one version, for tests about what hangs off it.
  CreatedGeneration MakeGeneration(const std::string& text = "First post") {
    Generation g;
    g.style = "growth";
    g.tone = "balanced";
    g.hook = "curiosity";
    g.writer_tier = "template";
    g.provider = "template";
    g.prompt_version = "writer/v1";
    g.duration_ms = 120;
    PostVersion v;
    v.text = text;
    auto created = store_->generations().CreateGeneration(g, v);
    EXPECT_TRUE(created) << created.error().message;
    return created ? *created : CreatedGeneration{};
  }

  ManualClock clock_;
  std::string url_;
  std::unique_ptr<Store> store_;
};

}  // namespace repopost::store::testing
