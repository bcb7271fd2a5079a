"""A softmax output layer whose derivative keeps only the diagonal of the softmax Jacobian.

The cost is the course's cross-entropy summed over the K output units,

    J(W) = -(1/m) sum_i sum_k [ y_ik log p_ik + (1 - y_ik) log(1 - p_ik) ],
    p_i = softmax(W a_i),  a_i = [1; x_i]   (bias in column 0 of W),

and the port back-propagates through the softmax with only the diagonal of its
Jacobian, dp_k/dz_k = p_k (1 - p_k), dropping the -p_k p_j terms:

    dJ/dz_k = dJ/dp_k * p_k (1 - p_k) = p_k - y_k      (what the port computes)

With two classes this is exactly half the true derivative for every example:
for y = e_1, the full Jacobian gives dJ/dz = (-2 p_2, 2 p_2) and the diagonal
gives (-p_2, p_2). So numerical / analytic = 2.000 at every entry: a
"constant factor". With K > 2 classes the factor differs per output unit (one
example) or varies within units (many examples).

Run: python examples/gradcheck/softmax_diag.py [K] [m]
"""
from __future__ import annotations

import numpy as np

__all__ = ["softmax_cost_diag", "make_problem", "x0", "args", "blocks"]


def _softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def softmax_cost_diag(w, X, Y):
    """``(J, grad)``; ``w`` is W(:) with W of shape (K, n+1); the gradient is the buggy one."""
    m, n = X.shape
    K = Y.shape[1]
    W = np.reshape(w, (K, n + 1), order="F")
    A = np.hstack([np.ones((m, 1)), X])
    P = _softmax(A @ W.T)
    J = -np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / m
    dJ_dP = (-Y / P + (1 - Y) / (1 - P)) / m
    dZ = dJ_dP * P * (1 - P)            # diagonal of the softmax Jacobian only
    grad = dZ.T @ A
    return J, grad.ravel(order="F")


def make_problem(K=2, m=20, n=3, seed=0):
    """``(x0, args, blocks)`` for ``softmax_cost_diag``: seeded data, labels 1..K one-hot."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((m, n))
    y = rng.integers(0, K, size=m)
    Y = np.eye(K)[y]
    x0 = 0.5 * rng.standard_normal(K * (n + 1))
    return x0, (X, Y), [("W", (K, n + 1))]


#: The two-label problem (constant factor 2), for ``FILE.py:x0``-style loaders.
x0, args, blocks = make_problem(K=2, m=20)


if __name__ == "__main__":
    import sys

    from portcheck.gradcheck import check_gradient, render_text

    K = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    x0, args, blocks = make_problem(K, m)
    print(render_text(check_gradient(softmax_cost_diag, x0, args=args, blocks=blocks)))
