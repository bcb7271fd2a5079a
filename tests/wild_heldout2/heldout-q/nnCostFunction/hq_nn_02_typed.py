"""Neural network cost function and gradient.

Port of ``nnCostFunction.m`` from Programming Exercise 4 (two-layer network,
sigmoid activations, regularised cross-entropy cost).
"""
from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Element-wise logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the sigmoid evaluated at ``z``."""
    s = sigmoid(z)
    return s * (1.0 - s)


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float,
) -> tuple[float, np.ndarray]:
    """Compute the regularised cost and its gradient for a 2-layer network.

    Args:
        nn_params: Unrolled weights (column-major, as in MATLAB).
        input_layer_size: Number of input units (without bias).
        hidden_layer_size: Number of hidden units (without bias).
        num_labels: Number of output classes.
        X: Input data of shape (m, input_layer_size).
        y: Labels in 1..num_labels, shape (m,) or (m, 1).
        lambda_: Regularisation strength.

    Returns:
        The cost ``J`` and the unrolled gradient.
    """
    split = hidden_layer_size * (input_layer_size + 1)
    theta1 = nn_params[:split].reshape(hidden_layer_size, input_layer_size + 1, order="F")
    theta2 = nn_params[split:].reshape(num_labels, hidden_layer_size + 1, order="F")

    m = X.shape[0]

    # Forward pass
    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ theta1.T
    a2 = np.column_stack([np.ones(m), sigmoid(z2)])
    z3 = a2 @ theta2.T
    a3 = sigmoid(z3)

    # One-hot encode the labels (1-based in the original data)
    Y = np.eye(num_labels)[np.asarray(y).ravel().astype(int) - 1]

    # Cost
    J = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    penalty = np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2)
    J += lambda_ / (2.0 * m) * penalty

    # Backward pass
    delta3 = a3 - Y
    delta2 = (delta3 @ theta2[:, 1:]) * sigmoid_gradient(z2)

    theta1_grad = delta2.T @ a1 / m
    theta2_grad = delta3.T @ a2 / m
    theta1_grad[:, 1:] += (lambda_ / m) * theta1[:, 1:]
    theta2_grad[:, 1:] += (lambda_ / m) * theta2[:, 1:]

    grad = np.concatenate([theta1_grad.ravel(), theta2_grad.ravel()])
    return float(J), grad
