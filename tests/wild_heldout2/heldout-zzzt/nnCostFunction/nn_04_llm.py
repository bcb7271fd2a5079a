"""Neural network cost function (translated from nnCostFunction.m)."""
from typing import Tuple

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def _sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the logistic function."""
    s = _sigmoid(z)
    return s * (1.0 - s)


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float,
) -> Tuple[float, np.ndarray]:
    """Compute the regularized cost and gradient of a two-layer network.

    Args:
        nn_params: Unrolled parameters [Theta1(:); Theta2(:)].
        input_layer_size: Number of input units (without bias).
        hidden_layer_size: Number of hidden units (without bias).
        num_labels: Number of output classes.
        X: Input data of shape (m, input_layer_size).
        y: Labels in 1..num_labels, shape (m,) or (m, 1).
        lambda_: Regularization strength.

    Returns:
        J: The cost.
        grad: The unrolled gradient, same layout as nn_params.
    """
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape((hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = nn_params[split:].reshape((num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]

    # Forward propagation
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), _sigmoid(z2)])
    z3 = a2 @ Theta2.T
    a3 = _sigmoid(z3)

    # One-hot encode labels
    y = np.asarray(y).reshape(-1).astype(int)
    Y = np.eye(num_labels)[y - 1]

    # Cost
    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J += lambda_ / (2 * m) * reg

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * _sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m

    # Regularize gradients
    Theta1_grad += (lambda_ / m) * Theta1
    Theta2_grad += (lambda_ / m) * Theta2

    grad = np.concatenate([Theta1_grad.flatten(), Theta2_grad.flatten()])
    return float(J), grad
