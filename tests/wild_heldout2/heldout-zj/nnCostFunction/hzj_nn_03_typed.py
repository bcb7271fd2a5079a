"""Regularized cost and gradient of a two-layer neural network.

Translated from the Octave function ``nnCostFunction.m`` of the Machine
Learning course (exercise 4).
"""
from __future__ import annotations

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def _sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    s = _sigmoid(z)
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
    """Compute the cost ``J`` and the unrolled gradient of the network.

    Args:
        nn_params: Unrolled parameters (Theta1 then Theta2, column-major).
        input_layer_size: Number of input features.
        hidden_layer_size: Number of hidden units.
        num_labels: Number of output classes (labels 1..num_labels).
        X: Input matrix of shape (m, input_layer_size).
        y: Labels of shape (m,) or (m, 1), values in 1..num_labels.
        lambda_: Regularization strength.

    Returns:
        The cost and the gradient, unrolled like ``nn_params``.
    """
    split = hidden_layer_size * (input_layer_size + 1)
    theta1 = np.reshape(nn_params[:split], (hidden_layer_size, input_layer_size + 1), order="F")
    theta2 = np.reshape(nn_params[split:], (num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]
    labels = np.asarray(y).reshape(-1)

    # Forward propagation
    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ theta1.T
    a2 = np.column_stack([np.ones(m), _sigmoid(z2)])
    a3 = _sigmoid(a2 @ theta2.T)

    # One-hot encoding of the labels
    Y = np.eye(num_labels)[labels - 1]

    # Cost with regularization (bias columns excluded)
    data_term = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    penalty = np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2)
    J = data_term + lambda_ / 2 * m * penalty

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ theta2[:, 1:]) * _sigmoid_gradient(z2)

    theta1_grad = delta2.T @ a1 / m
    theta2_grad = delta3.T @ a2 / m
    theta1_grad[:, 1:] += (lambda_ / m) * theta1[:, 1:]
    theta2_grad[:, 1:] += (lambda_ / m) * theta2[:, 1:]

    grad = np.concatenate([theta1_grad.ravel(order="F"), theta2_grad.ravel(order="F")])
    return float(J), grad
