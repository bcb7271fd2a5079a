"""Neural network cost function (translated from nnCostFunction.m)."""
from typing import Tuple

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
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
        nn_params: ``np.concatenate([Theta1.ravel(), Theta2.ravel()])`` - the two
            weight matrices flattened with NumPy's default (row-major) order.
        input_layer_size: number of input features (without bias).
        hidden_layer_size: number of hidden units (without bias).
        num_labels: number of classes.
        X: design matrix of shape (m, input_layer_size), no bias column.
        y: integer class labels in ``0 .. num_labels - 1``.
        lambda_: regularisation strength.

    Returns:
        The cost ``J`` and the gradient, flattened the same way as ``nn_params``.
    """
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[split:].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]
    labels = np.asarray(y).ravel().astype(int)

    # Forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    s2 = _sigmoid(z2)
    a2 = np.hstack([np.ones((m, 1)), s2])
    a3 = _sigmoid(a2 @ Theta2.T)

    # One-hot targets
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels] = 1.0

    J = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    J += lambda_ / (2.0 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # Backward pass
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * s2 * (1.0 - s2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return float(J), grad
