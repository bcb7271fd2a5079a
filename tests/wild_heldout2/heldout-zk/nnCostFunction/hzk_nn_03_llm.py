"""Neural network cost function (Coursera ML ex4), translated from nnCostFunction.m."""
from typing import Tuple

import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def _regularization_gradient(theta: np.ndarray, m: int, lambda_: float = 1.0) -> np.ndarray:
    """Regularization term of the gradient; the bias column is not regularized."""
    reg = np.zeros_like(theta)
    reg[:, 1:] = (lambda_ / m) * theta[:, 1:]
    return reg


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
        nn_params: Unrolled parameters [Theta1(:); Theta2(:)] (column-major).
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
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape(hidden_layer_size, input_layer_size + 1, order="F")
    Theta2 = nn_params[split:].reshape(num_labels, hidden_layer_size + 1, order="F")

    m = X.shape[0]
    y = np.asarray(y).ravel().astype(int)

    # Forward propagation
    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ Theta1.T
    a2 = np.column_stack([np.ones(m), sigmoid(z2)])
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # One-hot encoding of the labels (1-based in MATLAB)
    Y = np.eye(num_labels)[y - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += (lambda_ / (2 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m + _regularization_gradient(Theta1, m)
    Theta2_grad = delta3.T @ a2 / m + _regularization_gradient(Theta2, m)

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return float(J), grad
