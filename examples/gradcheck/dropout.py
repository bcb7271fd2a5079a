"""A cost with dropout inside: every call draws a new mask, so the cost is random.

    h = sigmoid(X W1') * mask / (1 - p),  mask ~ Bernoulli(1 - p) drawn on every call
    J = ||h w2 - y||^2 / (2m)

The hand-written gradient is right for the mask of its own call, but two
evaluations at the same point disagree, so no finite difference can judge it:
"the check fails randomly". portcheck reports the randomness instead of
blaming the gradient. (Seeding the mask inside the cost makes it deterministic
and the same check passes.)

Run: python examples/gradcheck/dropout.py
"""
from __future__ import annotations

import numpy as np

__all__ = ["dropout_cost", "x0", "args", "blocks"]

_rng = np.random.default_rng(3)
X = _rng.standard_normal((16, 5))
y = _rng.standard_normal(16)
#: W1 (6x5) and w2 (6,), unrolled column-major.
x0 = 0.5 * _rng.standard_normal(6 * 5 + 6)
args = (X, y, 0.5)
blocks = [("W1", (6, 5)), ("w2", (6,))]


def dropout_cost(params, X, y, p, seed=None):
    """``(J, grad)`` with inverted dropout (rate p) on the hidden layer; ``seed`` fixes the mask."""
    m = X.shape[0]
    W1 = np.reshape(params[:30], (6, 5), order="F")
    w2 = params[30:]
    mask = (np.random.default_rng(seed).random((m, 6)) >= p) / (1 - p)
    s = 1 / (1 + np.exp(-(X @ W1.T)))
    h = s * mask
    r = h @ w2 - y
    J = r @ r / (2 * m)
    g2 = h.T @ r / m
    dh = np.outer(r, w2) / m * mask * s * (1 - s)
    g1 = dh.T @ X
    return J, np.concatenate([g1.ravel(order="F"), g2])


if __name__ == "__main__":
    from portcheck.gradcheck import check_gradient, render_text

    print(render_text(check_gradient(dropout_cost, x0, args=args, blocks=blocks)))
