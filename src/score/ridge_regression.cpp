#include "score/ridge_regression.h"

#include <cmath>

namespace repopost::score {

double RidgeFit::Predict(const std::vector<double>& x) const {
  double y = intercept;
  for (std::size_t i = 0; i < weights.size() && i < x.size(); ++i) {
    y += weights[i] * (x[i] - means[i]) / scales[i];
  }
  return y;
}

core::Result<RidgeFit> FitRidge(const std::vector<std::vector<double>>& rows,
                                const std::vector<double>& targets, double lambda) {
  if (rows.empty() || rows.size() != targets.size()) {
    return core::Fail(core::ErrorCode::kInput, "Ridge regression needs one target per row.");
  }
  const std::size_t n = rows.size(), d = rows[0].size();
  const double nd = static_cast<double>(n);
  RidgeFit fit;
  fit.means.assign(d, 0.0);
  fit.scales.assign(d, 0.0);
  for (const auto& r : rows) {
    for (std::size_t j = 0; j < d; ++j) fit.means[j] += r[j] / nd;
  }
  for (const auto& r : rows) {
    for (std::size_t j = 0; j < d; ++j)
      fit.scales[j] += (r[j] - fit.means[j]) * (r[j] - fit.means[j]);
  }
  for (double& s : fit.scales) {
    s = std::sqrt(s / nd);
    if (s < 1e-12) s = 1.0;  // a constant feature gets weight 0 through the penalty
  }
  for (double t : targets) fit.intercept += t / nd;

  // A = Z'Z + lambda*I, b = Z'(y - mean), Z standardised.
  std::vector<double> a(d * d, 0.0), b(d, 0.0), z(d);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < d; ++j) z[j] = (rows[i][j] - fit.means[j]) / fit.scales[j];
    const double y = targets[i] - fit.intercept;
    for (std::size_t j = 0; j < d; ++j) {
      b[j] += z[j] * y;
      for (std::size_t k = 0; k <= j; ++k) a[j * d + k] += z[j] * z[k];
    }
  }
  for (std::size_t j = 0; j < d; ++j) {
    a[j * d + j] += lambda;
    for (std::size_t k = 0; k < j; ++k) a[k * d + j] = a[j * d + k];
  }
  // Cholesky: A = L L'.
  std::vector<double> l(d * d, 0.0);
  for (std::size_t j = 0; j < d; ++j) {
    for (std::size_t k = 0; k <= j; ++k) {
      double s = a[j * d + k];
      for (std::size_t m = 0; m < k; ++m) s -= l[j * d + m] * l[k * d + m];
      if (j == k) {
        if (s <= 0) {
          return core::Fail(core::ErrorCode::kInput,
                            "Ridge system is not positive definite; use a larger lambda.");
        }
        l[j * d + j] = std::sqrt(s);
      } else {
        l[j * d + k] = s / l[k * d + k];
      }
    }
  }
  std::vector<double> y(d), w(d);
  for (std::size_t j = 0; j < d; ++j) {
    double s = b[j];
    for (std::size_t m = 0; m < j; ++m) s -= l[j * d + m] * y[m];
    y[j] = s / l[j * d + j];
  }
  for (std::size_t j = d; j-- > 0;) {
    double s = y[j];
    for (std::size_t m = j + 1; m < d; ++m) s -= l[m * d + j] * w[m];
    w[j] = s / l[j * d + j];
  }
  fit.weights = std::move(w);
  return fit;
}

}  // namespace repopost::score
