"""A two-layer sigmoid network in the course's conventions, with one wrong gradient entry.

``nn_cost_function`` is a plain NumPy nnCostFunction: parameters unrolled
column-major (``order="F"``), bias in column 0 of each weight matrix, labels
1..K, cost and gradient averaged over the m examples, regularisation that skips
the bias column.  ``nn_cost_function_one_wrong`` is the same function with ONE
entry of the unrolled gradient doubled: the kind of slip (an index off in one
assignment) that a norm-based check dilutes among thousands of correct entries.

Run ``python examples/gradcheck/nn_one_wrong.py`` to see the fast path find it.
"""
from __future__ import annotations

import numpy as np

__all__ = [
    "nn_cost_function",
    "nn_cost_function_one_wrong",
    "make_problem",
    "blocks_for",
    "WRONG_ENTRY",
    "x0",
    "args",
    "blocks",
]

# The entry made wrong, in the unrolled vector: Theta1[2, 3] for the sizes of
# ``make_problem()`` (hidden 10, input 20 -> Theta1 is 10 x 21, column-major).
WRONG_ENTRY = 3 * 10 + 2


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_,
                     wrong_entry=None):
    """Cost and gradient of a 2-layer sigmoid network (course conventions).

    Parameters
    ----------
    nn_params : ndarray, shape (h*(n+1) + K*(h+1),)
        ``[Theta1(:); Theta2(:)]``: Theta1 is (h, n+1), Theta2 is (K, h+1), both
        unrolled column-major.
    input_layer_size, hidden_layer_size, num_labels : int
        n, h and K.
    X : ndarray, shape (m, n)
    y : ndarray of int, shape (m,)
        Labels 1..K.
    lambda_ : float
        Regularisation strength (bias columns are not regularised).
    wrong_entry : int, optional
        If given, that entry of the unrolled gradient is doubled (the planted bug).

    Returns
    -------
    J : float
    grad : ndarray, shape (h*(n+1) + K*(h+1),)
    """
    n, h, K = input_layer_size, hidden_layer_size, num_labels
    split = h * (n + 1)
    Theta1 = np.reshape(nn_params[:split], (h, n + 1), order="F")
    Theta2 = np.reshape(nn_params[split:], (K, h + 1), order="F")
    m = X.shape[0]
    a1 = np.hstack([np.ones((m, 1), dtype=X.dtype), X])
    z2 = a1 @ Theta1.T
    s2 = _sigmoid(z2)
    a2 = np.hstack([np.ones((m, 1), dtype=X.dtype), s2])
    a3 = _sigmoid(a2 @ Theta2.T)
    Y = np.eye(K, dtype=X.dtype)[np.asarray(y).ravel() - 1]
    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))
    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * s2 * (1 - s2)
    Theta1_grad = d2.T @ a1 / m
    Theta2_grad = d3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]
    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    if wrong_entry is not None:
        grad[wrong_entry] *= 2.0
    return J, grad


def nn_cost_function_one_wrong(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y,
                               lambda_):
    """``nn_cost_function`` with entry ``WRONG_ENTRY`` of the gradient doubled."""
    return nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y,
                            lambda_, wrong_entry=WRONG_ENTRY)


def _debug_weights(rows, cols):
    # The course's debugInitializeWeights: sin(1:numel) filled column-major, / 10.
    return np.reshape(np.sin(np.arange(1, rows * cols + 1)), (rows, cols), order="F") / 10


def make_problem(input_layer_size=20, hidden_layer_size=10, num_labels=4, m=30, lambda_=1.0,
                 synthetic=False, seed=0):
    """Deterministic inputs: ``(x0, args)`` for ``nn_cost_function(x0, *args)``.

    ``synthetic=False`` uses the course's debug set-up (sine-filled weights and
    data, labels ``1 + mod(1:m, K)``); ``synthetic=True`` draws seeded random
    data of any size (the bench's 400-25-10, m = 5000 network).
    """
    n, h, K = input_layer_size, hidden_layer_size, num_labels
    if synthetic:
        rng = np.random.default_rng(seed)
        X = rng.random((m, n))
        y = rng.integers(1, K + 1, size=m)
        eps_init = 0.12
        Theta1 = rng.random((h, n + 1)) * 2 * eps_init - eps_init
        Theta2 = rng.random((K, h + 1)) * 2 * eps_init - eps_init
    else:
        X = _debug_weights(m, n)
        y = 1 + np.arange(1, m + 1) % K
        Theta1 = _debug_weights(h, n + 1)
        Theta2 = _debug_weights(K, h + 1)
    x0 = np.concatenate([Theta1.ravel(order="F"), Theta2.ravel(order="F")])
    return x0, (n, h, K, X, y, lambda_)


def blocks_for(input_layer_size=20, hidden_layer_size=10, num_labels=4):
    """The block spec ``[("Theta1", (h, n+1)), ("Theta2", (K, h+1))]``."""
    n, h, K = input_layer_size, hidden_layer_size, num_labels
    return [("Theta1", (h, n + 1)), ("Theta2", (K, h + 1))]


#: The 20-10-4 debug problem (N = 254), for ``FILE.py:x0``-style loaders.
x0, args = make_problem()
blocks = blocks_for()


if __name__ == "__main__":
    from portcheck.gradcheck import check_gradient, render_text

    result = check_gradient(nn_cost_function_one_wrong, x0, args=args, blocks=blocks,
                            mode="fast")
    print(render_text(result))
