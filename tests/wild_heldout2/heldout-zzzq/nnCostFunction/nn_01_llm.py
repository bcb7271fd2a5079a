"""Neural network cost function (two layers), translated from nnCostFunction.m."""
from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function, element-wise."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the logistic function evaluated at z."""
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
    """Compute the regularized cost and gradient of a 2-layer neural network.

    Args:
        nn_params: Unrolled parameters [Theta1(:); Theta2(:)] (column-major, as in MATLAB).
        input_layer_size: Number of input units (without bias).
        hidden_layer_size: Number of hidden units (without bias).
        num_labels: Number of output classes.
        X: Input matrix of shape (m, input_layer_size).
        y: Labels in 1..num_labels, shape (m,) or (m, 1).
        lambda_: Regularization strength.

    Returns:
        J: The cost (float).
        grad: Unrolled gradient, same layout as nn_params.
    """
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    n1 = hidden_layer_size * (input_layer_size + 1)

    # MATLAB's reshape is column-major, so use order="F".
    Theta1 = nn_params[:n1].reshape((hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = nn_params[n1:].reshape((num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]

    # Forward propagation
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # One-hot encode labels (1-based in MATLAB -> subtract 1 for indexing)
    labels = np.asarray(y).ravel().astype(int)
    Y = np.eye(num_labels)[labels - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J += lambda_ / (2 * m) * reg

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m

    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return float(J), grad
