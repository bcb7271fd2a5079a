"""Neural network cost function (two layers), translated from nnCostFunction.m."""
from typing import Tuple

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the logistic function evaluated at z."""
    g = sigmoid(z)
    return g * (1.0 - g)


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float,
) -> Tuple[float, np.ndarray]:
    """Regularised cost and gradient of a 2-layer network.

    Args:
        nn_params: unrolled weights [Theta1(:); Theta2(:)] (MATLAB column order).
        input_layer_size: number of input units (no bias).
        hidden_layer_size: number of hidden units (no bias).
        num_labels: number of output classes.
        X: (m, n) data matrix without the bias column.
        y: labels 1..num_labels, shape (m,) or (m, 1).
        lambda_: regularisation strength.

    Returns:
        J: the cost.
        grad: unrolled gradient, same layout as nn_params.
    """
    nn_params = np.asarray(nn_params).ravel()
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape(
        (hidden_layer_size, input_layer_size + 1), order="F"
    )
    Theta2 = nn_params[split:].reshape(
        (num_labels, hidden_layer_size + 1), order="F"
    )

    m = X.shape[0]

    # Forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # One-hot encode the labels (labels are 1-based)
    Y = np.eye(num_labels)[np.asarray(y).ravel() - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J += lambda_ / (2 * m) * reg

    # Backward pass
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate(
        [Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")]
    )
    return J, grad
