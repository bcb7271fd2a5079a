"""Neural network cost function (port of ex4 nnCostFunction.m)."""
from __future__ import annotations

from typing import Tuple

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray]:
    """Compute the regularized cost and gradient of a 2-layer neural network.

    Parameters
    ----------
    nn_params : unrolled parameters (Theta1 then Theta2, column-major as in Octave).
    input_layer_size, hidden_layer_size, num_labels : layer sizes.
    X : (m, n) design matrix without the bias column.
    y : labels in 1..num_labels, shape (m,) or (m, 1).
    lambda_ : regularization strength.

    Returns
    -------
    J : float
    grad : 1-D unrolled gradient, same layout as ``nn_params``.
    """
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    split = hidden_layer_size * (input_layer_size + 1)
    theta1 = nn_params[:split].reshape(hidden_layer_size, input_layer_size + 1, order="F")
    theta2 = nn_params[split:].reshape(num_labels, hidden_layer_size + 1, order="F")

    m = X.shape[0]
    labels = np.asarray(y).ravel().astype(int)
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    # Forward pass
    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ theta1.T
    a2 = np.column_stack([np.ones(m), _sigmoid(z2)])
    z3 = a2 @ theta2.T
    a3 = _sigmoid(z3)

    data_term = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    penalty = np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2)
    J = data_term + lambda_ / (2.0 * m) * penalty

    # Backward pass
    delta3 = a3 - Y
    s2 = _sigmoid(z2)
    delta2 = (delta3 @ theta2[:, 1:]) * s2 * (1.0 - s2)

    theta1_grad = delta2.T @ a1 / m
    theta2_grad = delta3.T @ a2 / m
    theta1_grad[:, 1:] += lambda_ / m * theta1[:, 1:]
    theta2_grad[:, 1:] += lambda_ / m * theta2[:, 1:]

    grad = np.concatenate([theta1_grad.ravel(order="F"), theta2_grad.ravel(order="F")])
    return float(J), grad
