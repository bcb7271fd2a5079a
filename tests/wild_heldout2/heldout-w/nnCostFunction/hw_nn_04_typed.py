"""Neural network cost function (Coursera ML ex4), translated from nnCostFunction.m."""
from typing import Tuple

import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray]:
    """Compute the regularized cost and gradient of a two-layer neural network.

    Args:
        nn_params: Unrolled weights [Theta1(:); Theta2(:)].
        input_layer_size: Number of input units (without bias).
        hidden_layer_size: Number of hidden units (without bias).
        num_labels: Number of output classes.
        X: Input data of shape (m, input_layer_size).
        y: Labels in 1..num_labels, shape (m,) or (m, 1).
        lambda_: Regularization strength.

    Returns:
        J: The cost.
        grad: Unrolled gradient, same layout as nn_params.
    """
    split = hidden_layer_size * (input_layer_size + 1)
    theta1 = nn_params[:split].reshape(hidden_layer_size, input_layer_size + 1)
    theta2 = nn_params[split:].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]

    # Forward propagation
    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ theta1.T
    a2 = np.column_stack([np.ones(m), sigmoid(z2)])
    a3 = sigmoid(a2 @ theta2.T)

    # One-hot encode labels (1-based -> 0-based columns)
    Y = np.eye(num_labels)[y.reshape(-1) - 1]

    # Cost
    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    reg = np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2)
    J += (lambda_ / m) * reg

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ theta2[:, 1:]) * sigmoid_gradient(z2)

    theta1_grad = delta2.T @ a1 / m
    theta2_grad = delta3.T @ a2 / m

    theta1_grad[:, 1:] += (lambda_ / m) * theta1[:, 1:]
    theta2_grad[:, 1:] += (lambda_ / m) * theta2[:, 1:]

    grad = np.concatenate([theta1_grad.ravel(order="F"), theta2_grad.ravel(order="F")])
    return float(J), grad
