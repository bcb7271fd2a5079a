"""Regularised cost and gradient of a two-layer neural network (port of nnCostFunction.m)."""
from typing import Tuple

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(nn_params: np.ndarray,
                     input_layer_size: int,
                     hidden_layer_size: int,
                     num_labels: int,
                     X: np.ndarray,
                     y: np.ndarray,
                     lambda_: float = 0.0) -> Tuple[float, np.ndarray]:
    """Compute the cost J and the unrolled gradient.

    Args:
        nn_params: Theta1 and Theta2 unrolled in column-major (MATLAB) order.
        input_layer_size: Number of input units (without bias).
        hidden_layer_size: Number of hidden units (without bias).
        num_labels: Number of output classes.
        X: Inputs, shape (m, input_layer_size).
        y: Labels in 1..num_labels, shape (m,) or (m, 1).
        lambda_: Regularisation strength.

    Returns:
        (J, grad) with grad unrolled in the same order as nn_params.
    """
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    n1 = hidden_layer_size * (input_layer_size + 1)

    # MATLAB's column-major reshape == reshape the transpose in C order, then transpose back.
    theta1 = nn_params[:n1].reshape(input_layer_size + 1, hidden_layer_size).T
    theta2 = nn_params[n1:].reshape(hidden_layer_size + 1, num_labels).T

    m = X.shape[0]
    labels = np.asarray(y).astype(int).ravel()

    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ theta1.T
    s2 = _sigmoid(z2)
    a2 = np.hstack([np.ones((m, 1)), s2])
    a3 = _sigmoid(a2 @ theta2.T)

    J = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    J += lambda_ / (2.0 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    delta3 = a3 - Y
    delta2 = (delta3 @ theta2[:, 1:]) * s2 * (1.0 - s2)

    theta1_grad = delta2.T @ a1 / m
    theta2_grad = delta3.T @ a2 / m
    theta1_grad[:, 1:] += (lambda_ / m) * theta1[:, 1:]
    theta2_grad[:, 1:] += (lambda_ / m) * theta2[:, 1:]

    grad = np.concatenate([theta1_grad.T.ravel(), theta2_grad.T.ravel()])
    return float(J), grad
