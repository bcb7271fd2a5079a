"""A regularised softmax regression whose gradient lacks the ``lambda * W`` term.

    P = softmax([1, X] W'),   J(W) = -(1/m) sum_i log P[i, y_i] + (lambda/2) sum(W**2)
    dJ/dW = (P - Y)' [1, X] / m + lambda W

(weight decay on every entry of W, as in softmax regression tutorials). The port
forgets ``+ lambda * W``, so numerical - analytic = lambda * W = 0.1 * W exactly, on
every entry. At the usual starting point W = 0 the term is 0 and a single check
passes; at any other point it is named with its factor:
"numerical - analytic = 0.1000 * W on every entry: a missing regularisation term".

Run: python examples/gradcheck/softmax_noreg.py
"""
from __future__ import annotations

import numpy as np

__all__ = ["softmax_cost_noreg", "x0", "args", "blocks"]

K, N, M, LAMBDA = 3, 4, 30, 0.1
_rng = np.random.default_rng(7)
X = _rng.standard_normal((M, N))
labels = _rng.integers(0, K, size=M)
args = (X, labels, LAMBDA)
blocks = [("W", (K, N + 1))]
#: The usual starting point: W = 0.
x0 = np.zeros(K * (N + 1))


def softmax_cost_noreg(w, X, labels, lambda_):
    """``(J, grad)``; the gradient misses ``+ lambda_ * W``."""
    m = X.shape[0]
    W = np.reshape(w, (K, X.shape[1] + 1), order="F")
    A = np.hstack([np.ones((m, 1)), X])
    Z = A @ W.T
    Z = Z - Z.max(axis=1, keepdims=True)
    P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
    Y = np.eye(K)[labels]
    J = -np.sum(Y * np.log(P)) / m + lambda_ / 2 * np.sum(W ** 2)
    grad = (P - Y).T @ A / m                    # + lambda_ * W is missing
    return J, grad.ravel(order="F")


if __name__ == "__main__":
    from portcheck.gradcheck import render_points
    from portcheck.gradcheck.points import check_points

    print(render_points(check_points(softmax_cost_noreg, x0, args=args, blocks=blocks)))
