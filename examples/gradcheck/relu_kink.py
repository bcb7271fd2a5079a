"""A ReLU layer with one hidden unit sitting exactly on its kink for one example.

    z = X W' + b,  h = max(z, 0),  J = ||h w2 - y||^2 / (2m)

The hand-written gradient uses relu'(z) = (z > 0), correct everywhere except at
z = 0, where the cost has no derivative. b(2) is set so that unit 2 has z = 0
on example 3: every parameter feeding that unit (row 2 of W and b(2)) moves z
across the kink within [x - h, x + h], the one-sided differences disagree and
central differences average the two slopes. portcheck flags those entries as
kinks (the one-sided gap does not halve when h does) instead of calling the
gradient wrong.

Run: python examples/gradcheck/relu_kink.py
"""
from __future__ import annotations

import numpy as np

__all__ = ["relu_cost", "x0", "args", "blocks"]

_rng = np.random.default_rng(1)
X = _rng.standard_normal((6, 3))
y = _rng.standard_normal(6)
#: W (4x3) column-major, b (4,), w2 (4,).
x0 = _rng.standard_normal(20)
x0[13] = -(X[2] @ np.reshape(x0[:12], (4, 3), order="F")[1])   # z[2, 1] = 0: on the kink
args = (X, y)
blocks = [("W", (4, 3)), ("b", (4,)), ("w2", (4,))]


def relu_cost(p, X, y):
    """``(J, grad)`` of a one-hidden-layer ReLU regression."""
    m = len(y)
    W, b, w2 = np.reshape(p[:12], (4, 3), order="F"), p[12:16], p[16:]
    z = X @ W.T + b
    h = np.maximum(z, 0)
    r = h @ w2 - y
    dz = np.outer(r, w2) / m * (z > 0)
    grad = np.concatenate([(dz.T @ X).ravel(order="F"), dz.sum(axis=0), h.T @ r / m])
    return r @ r / (2 * m), grad


if __name__ == "__main__":
    from portcheck.gradcheck import check_gradient, render_text

    print(render_text(check_gradient(relu_cost, x0, args=args, blocks=blocks)))
