"""A lone mean-squared-error cost on an 8x8 input, with a correct hand-written gradient.

    J(W) = ||X W - Y||_F^2 / (2 m),   grad = X' (X W - Y) / m,   W is 8x8.

J is quadratic in W, so f''' = 0: central differences have no truncation
error, and the discrepancy between numerical and analytic gradient is pure
rounding, falling as the step grows. This is the "my check gets *worse* as
epsilon gets smaller" question.

Run: python examples/gradcheck/mse_quadratic.py
"""
from __future__ import annotations

import numpy as np

__all__ = ["mse_cost", "x0", "args", "blocks"]

_rng = np.random.default_rng(8)
X = _rng.standard_normal((8, 8))
Y = _rng.standard_normal((8, 8))
#: The point: an 8x8 weight matrix unrolled column-major (Octave's W(:)).
x0 = _rng.standard_normal(64)
args = (X, Y)
blocks = [("W", (8, 8))]


def mse_cost(w, X, Y):
    """``(J, grad)`` of the mean squared error; ``w`` is W(:) (64,)."""
    m = X.shape[0]
    W = np.reshape(w, (8, 8), order="F")
    R = X @ W - Y
    J = np.sum(R * R) / (2 * m)
    grad = (X.T @ R) / m
    return J, grad.ravel(order="F")


if __name__ == "__main__":
    from portcheck.gradcheck import check_gradient, render_sweep, render_text, sweep_steps

    print(render_text(check_gradient(mse_cost, x0, args=args, blocks=blocks)))
    print(render_sweep(sweep_steps(mse_cost, x0, args=args, methods=("central", "forward"))))
