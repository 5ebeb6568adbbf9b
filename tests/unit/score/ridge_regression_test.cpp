#include "score/ridge_regression.h"

#include <gtest/gtest.h>

namespace repopost::score {
namespace {

TEST(RidgeRegression, RecoversALinearFunctionWithASmallPenalty) {
  std::vector<std::vector<double>> x;
  std::vector<double> y;
  for (int i = 0; i < 40; ++i) {
    double a = i % 7, b = (i * 3) % 11;
    x.push_back({a, b});
    y.push_back(2.0 * a - 0.5 * b + 3.0);
  }
  auto fit = FitRidge(x, y, 1e-6);
  ASSERT_TRUE(fit.has_value()) << fit.error().message;
  EXPECT_NEAR(fit->Predict({4, 2}), 2.0 * 4 - 0.5 * 2 + 3.0, 1e-4);
}

TEST(RidgeRegression, LargePenaltyShrinksToTheMean) {
  std::vector<std::vector<double>> x = {{0}, {1}, {2}, {3}};
  std::vector<double> y = {0, 1, 2, 3};
  auto fit = FitRidge(x, y, 1e9);
  ASSERT_TRUE(fit.has_value());
  EXPECT_NEAR(fit->Predict({3}), 1.5, 1e-6);
}

TEST(RidgeRegression, ConstantFeatureAndMismatchedInput) {
  auto fit = FitRidge({{1, 0}, {1, 1}, {1, 2}}, {0, 1, 2}, 0.01);
  ASSERT_TRUE(fit.has_value());
  EXPECT_NEAR(fit->weights[0], 0.0, 1e-12);
  EXPECT_FALSE(FitRidge({}, {}, 1.0).has_value());
  EXPECT_FALSE(FitRidge({{1}}, {1, 2}, 1.0).has_value());
}

}  // namespace
}  // namespace repopost::score
