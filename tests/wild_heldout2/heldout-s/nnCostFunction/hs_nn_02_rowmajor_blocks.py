"""Neural network cost function (ex4), NumPy version.

Parameters are packed the NumPy way: each weight matrix is flattened in
row-major (C) order and the two are concatenated, ``np.concatenate([T1.ravel(),
T2.ravel()])``.  The gradient is returned as the two weight-shaped blocks.
"""
from typing import Tuple

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def unpack_params(params: np.ndarray, n_in: int, n_hidden: int, n_out: int) -> Tuple[np.ndarray, np.ndarray]:
    """Split a flat parameter vector into Theta1 (n_hidden, n_in+1) and Theta2 (n_out, n_hidden+1)."""
    params = np.asarray(params, dtype=float).ravel()
    split = n_hidden * (n_in + 1)
    theta1 = params[:split].reshape(n_hidden, n_in + 1)
    theta2 = params[split:].reshape(n_out, n_hidden + 1)
    return theta1, theta2


def nn_cost_function(
    params: np.ndarray,
    n_in: int,
    n_hidden: int,
    n_out: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray, np.ndarray]:
    """Regularised cross-entropy cost of a 2-layer network and its gradient blocks.

    Args:
        params: flat parameter vector (row-major packing, see module docstring).
        n_in, n_hidden, n_out: layer sizes (bias units excluded).
        X: (m, n_in) design matrix without the bias column.
        y: labels in 1..n_out, shape (m,) or (m, 1).
        lambda_: regularisation strength.

    Returns:
        (J, theta1_grad, theta2_grad)
    """
    theta1, theta2 = unpack_params(params, n_in, n_hidden, n_out)
    X = np.asarray(X, dtype=float)
    m = X.shape[0]
    labels = np.asarray(y).astype(int).ravel()

    Y = np.zeros((m, n_out))
    Y[np.arange(m), labels - 1] = 1.0

    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ theta1.T
    s2 = _sigmoid(z2)
    a2 = np.column_stack([np.ones(m), s2])
    a3 = _sigmoid(a2 @ theta2.T)

    data_term = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    penalty = (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2)) * lambda_ / (2 * m)
    J = float(data_term + penalty)

    delta3 = a3 - Y
    delta2 = (delta3 @ theta2[:, 1:]) * s2 * (1 - s2)

    theta1_grad = delta2.T @ a1 / m
    theta2_grad = delta3.T @ a2 / m
    theta1_grad[:, 1:] += lambda_ / m * theta1[:, 1:]
    theta2_grad[:, 1:] += lambda_ / m * theta2[:, 1:]

    return J, theta1_grad, theta2_grad
