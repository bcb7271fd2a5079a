"""A float32 port: regularised logistic regression computed entirely in float32.

    J = -(1/m) sum [y log h + (1-y) log(1-h)] + lambda/(2m) sum theta[1:]^2,  h = sigmoid(X theta)

In float32 (eps = 1.19e-07) no finite difference gets anywhere near the
course's float64 threshold of 1e-9: the best central difference is accurate
to about eps^(2/3) ~ 2.4e-05. portcheck takes the step (eps^(1/3) = 4.9e-03)
and the thresholds from float32's eps, and says so.

Run: python examples/gradcheck/float32_port.py
"""
from __future__ import annotations

import numpy as np

__all__ = ["logreg_cost_f32", "x0", "args"]

_rng = np.random.default_rng(32)
_m, _n = 100, 6
X = np.hstack([np.ones((_m, 1)), _rng.standard_normal((_m, _n - 1))]).astype(np.float32)
y = (_rng.random(_m) < 0.5).astype(np.float32)
x0 = (0.3 * _rng.standard_normal(_n)).astype(np.float32)
args = (X, y, np.float32(1.0))


def logreg_cost_f32(theta, X, y, lambda_):
    """``(J, grad)`` in float32, as a port keeping the course's single-precision data would."""
    m = np.float32(y.size)
    h = (1 / (1 + np.exp(-(X @ theta)))).astype(np.float32)
    J = -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m
    J += lambda_ / (2 * m) * np.sum(theta[1:] ** 2)
    grad = X.T @ (h - y) / m
    grad[1:] += lambda_ / m * theta[1:]
    return np.float32(J), grad.astype(np.float32)


if __name__ == "__main__":
    from portcheck.gradcheck import check_gradient, render_text

    print(render_text(check_gradient(logreg_cost_f32, x0, args=args)))
