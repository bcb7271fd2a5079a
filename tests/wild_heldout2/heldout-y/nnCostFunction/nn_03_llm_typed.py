"""Neural network cost function (two-layer), translated from nnCostFunction.m."""
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
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray]:
    """Compute the regularised cost and gradient of a 2-layer network.

    Args:
        nn_params: unrolled (column-major) Theta1 and Theta2.
        input_layer_size: number of input units (without bias).
        hidden_layer_size: number of hidden units (without bias).
        num_labels: number of output classes.
        X: (m, n) input matrix.
        y: labels in 1..num_labels, shape (m,) or (m, 1).
        lambda_: regularisation strength.

    Returns:
        J: scalar cost.
        grad: unrolled gradient, same layout as nn_params.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    theta1 = nn_params[:n1].reshape((hidden_layer_size, input_layer_size + 1), order="F")
    theta2 = nn_params[n1:].reshape((num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]
    y = np.asarray(y).reshape(-1).astype(int)

    # Forward pass
    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ theta1.T
    a2 = np.column_stack([np.ones(m), sigmoid(z2)])
    z3 = a2 @ theta2.T
    a3 = sigmoid(z3)

    # One-hot encode labels
    Y = np.eye(num_labels)[y - 1]

    # Cost
    J = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    reg = np.sum(theta1 ** 2) + np.sum(theta2 ** 2)
    J += lambda_ / (2.0 * m) * reg

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ theta2[:, 1:]) * sigmoid_gradient(a2[:, 1:])

    theta1_grad = (delta2.T @ a1) / m
    theta2_grad = (delta3.T @ a2) / m
    theta1_grad[:, 1:] += (lambda_ / m) * theta1[:, 1:]
    theta2_grad[:, 1:] += (lambda_ / m) * theta2[:, 1:]

    grad = np.concatenate([theta1_grad.ravel(order="F"), theta2_grad.ravel(order="F")])
    return float(J), grad
