"""Regularised cost and gradient of the two-layer network of ML ex4."""
from typing import Tuple

import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(nn_params: np.ndarray,
                     input_layer_size: int,
                     hidden_layer_size: int,
                     num_labels: int,
                     X: np.ndarray,
                     y: np.ndarray,
                     lambda_: float) -> Tuple[float, np.ndarray]:
    """Compute the cross-entropy cost and its gradient.

    Args:
        nn_params: unrolled weights, ``[Theta1(:); Theta2(:)]`` in MATLAB
            (column-major) order.
        input_layer_size: number of input features (without bias).
        hidden_layer_size: number of hidden units (without bias).
        num_labels: number of output classes; labels run from 1 to num_labels.
        X: (m, n) design matrix without the bias column.
        y: labels, shape (m,) or (m, 1).
        lambda_: regularisation strength.

    Returns:
        The cost ``J`` and the unrolled gradient (same layout as nn_params).
    """
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    split = hidden_layer_size * (input_layer_size + 1)
    theta1 = nn_params[:split].reshape(hidden_layer_size, input_layer_size + 1, order="F")
    theta2 = nn_params[split:].reshape(num_labels, hidden_layer_size + 1, order="F")

    m = X.shape[0]
    labels = np.asarray(y).ravel().astype(int)

    # Forward pass
    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ theta1.T
    a2 = np.column_stack([np.ones(m), sigmoid(z2)])
    a3 = sigmoid(a2 @ theta2.T)

    # One-hot encoding of the labels (1-based)
    y_matrix = np.zeros((m, num_labels))
    y_matrix[np.arange(m), labels - 1] = 1.0

    cost = -np.sum(y_matrix * np.log(a3) + (1.0 - y_matrix) * np.log(1.0 - a3)) / m
    penalty = np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2)
    cost += lambda_ / (2.0 * m) * penalty

    # Backpropagation
    delta3 = a3 - y_matrix
    delta2 = (delta3 @ theta2[:, 1:]) * sigmoid_gradient(z2)

    theta1_grad = delta2.T @ a1 / m
    theta2_grad = delta3.T @ a2 / m
    theta1_grad[:, 1:] += (lambda_ / m) * theta1[:, 1:]
    theta2_grad[:, 1:] += (lambda_ / m) * theta2[:, 1:]

    grad = np.concatenate([theta1_grad.ravel(order="F"), theta2_grad.ravel(order="F")])
    return float(cost), grad
