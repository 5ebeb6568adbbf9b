// RidgeRegression: least squares with an L2 penalty on standardised features, solved in closed
// form (Cholesky on X'X + lambda*I). Deterministic; small dense problems (tens of features).
#pragma once

#include <vector>

#include "core/result.h"

namespace repopost::score {

struct RidgeFit {
  std::vector<double> means;    // per feature
  std::vector<double> scales;   // per feature; 1 for a constant feature
  std::vector<double> weights;  // per standardised feature
  double intercept = 0;         // the mean target

  double Predict(const std::vector<double>& x) const;
};

// REQUIRES: rows all the same width, rows.size() == targets.size().
// Fails (kInput) on no rows or a non-positive-definite system (lambda <= 0 on collinear data).
core::Result<RidgeFit> FitRidge(const std::vector<std::vector<double>>& rows,
                                const std::vector<double>& targets, double lambda);

}  // namespace repopost::score
