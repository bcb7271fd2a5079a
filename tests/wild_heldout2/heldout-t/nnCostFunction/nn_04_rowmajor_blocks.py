"""Two-layer neural network cost (ex4), numpy version.

The weights are packed row by row (``np.concatenate([T1.ravel(), T2.ravel()])``),
which is how we build ``nn_params`` in our training script.
"""
import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def unpack(params: np.ndarray, n_in: int, n_hidden: int, n_out: int):
    split = n_hidden * (n_in + 1)
    T1 = params[:split].reshape(n_hidden, n_in + 1)
    T2 = params[split:].reshape(n_out, n_hidden + 1)
    return T1, T2


def nn_cost(params: np.ndarray, n_in: int, n_hidden: int, n_out: int,
            X: np.ndarray, y: np.ndarray, lam: float = 0.0):
    """Return ``(J, Theta1_grad, Theta2_grad)``.

    ``params`` is the row-major concatenation of Theta1 and Theta2; ``y`` holds the
    labels 1..n_out (any shape).
    """
    T1, T2 = unpack(params, n_in, n_hidden, n_out)
    m = X.shape[0]
    labels = np.asarray(y).reshape(-1).astype(int)
    Y = np.eye(n_out)[labels - 1]

    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ T1.T
    s2 = _sigmoid(z2)
    a2 = np.column_stack([np.ones(m), s2])
    a3 = _sigmoid(a2 @ T2.T)

    data_term = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    penalty = lam / (2.0 * m) * (np.sum(T1[:, 1:] ** 2) + np.sum(T2[:, 1:] ** 2))
    J = data_term + penalty

    d3 = a3 - Y
    d2 = (d3 @ T2[:, 1:]) * s2 * (1.0 - s2)

    G1 = d2.T @ a1 / m
    G2 = d3.T @ a2 / m
    G1[:, 1:] += lam / m * T1[:, 1:]
    G2[:, 1:] += lam / m * T2[:, 1:]
    return J, G1, G2
