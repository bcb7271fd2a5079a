"""Neural network cost function (two-layer) translated from nnCostFunction.m."""
from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the sigmoid evaluated at z."""
    s = sigmoid(z)
    return s * (1.0 - s)


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float = 0.0,
) -> tuple[float, np.ndarray]:
    """Compute the regularised cost and gradient of a 3-layer network.

    Args:
        nn_params: unrolled weights (column-major, as in Octave).
        input_layer_size: number of input units (without bias).
        hidden_layer_size: number of hidden units (without bias).
        num_labels: number of output classes; labels are 1..num_labels.
        X: (m, input_layer_size) data.
        y: labels, shape (m,) or (m, 1).
        lambda_: regularisation strength.

    Returns:
        J: scalar cost.
        grad: unrolled gradient, same layout as nn_params.
    """
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape(hidden_layer_size, input_layer_size + 1, order="F")
    Theta2 = nn_params[n1:].reshape(num_labels, hidden_layer_size + 1, order="F")

    m = X.shape[0]
    labels = np.asarray(y).astype(int).ravel()

    # Forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # One-hot targets built from the declared number of classes
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    penalty = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J += lambda_ / (2 * m) * penalty

    # Backpropagation
    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T @ a1 / m
    Theta2_grad = d3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return float(J), grad
