"""Neural network cost function for exercise 4, translated from nnCostFunction.m."""
from typing import Tuple

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function, applied element-wise."""
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float,
) -> Tuple[float, np.ndarray]:
    """Regularised cost and gradient of a two-layer classification network.

    Args:
        nn_params: Theta1.ravel() followed by Theta2.ravel() (NumPy's default
            row-major order). Theta1 is (hidden_layer_size, input_layer_size + 1),
            Theta2 is (num_labels, hidden_layer_size + 1).
        X: (m, input_layer_size) examples, without the bias column.
        y: (m,) or (m, 1) labels in 1..num_labels.
        lambda_: regularisation strength.

    Returns:
        (J, grad) where grad is unrolled in the same row-major layout as nn_params.
    """
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[split:].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]
    labels = np.asarray(y).reshape(-1).astype(int)

    # Forward pass
    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ Theta1.T
    s2 = sigmoid(z2)
    a2 = np.column_stack([np.ones(m), s2])
    a3 = sigmoid(a2 @ Theta2.T)

    # One-hot encoding of the labels
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    cost = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    penalty = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J = cost + lambda_ / (2.0 * m) * penalty

    # Backward pass
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * s2 * (1.0 - s2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return float(J), grad
