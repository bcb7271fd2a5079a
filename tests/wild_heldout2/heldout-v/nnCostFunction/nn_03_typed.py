"""Neural network cost function (port of ex4 nnCostFunction.m)."""
from typing import Tuple

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray]:
    """Compute the regularised cost and gradient of a two-layer network.

    Args:
        nn_params: Unrolled parameters [Theta1(:); Theta2(:)] (column-major).
        input_layer_size: Number of input units (without bias).
        hidden_layer_size: Number of hidden units (without bias).
        num_labels: Number of output classes.
        X: Input data of shape (m, input_layer_size).
        y: Labels in 1..num_labels, shape (m,) or (m, 1).
        lambda_: Regularisation strength.

    Returns:
        A tuple (J, grad) with the scalar cost and the unrolled gradient.
    """
    split = hidden_layer_size * (input_layer_size + 1)
    theta1 = nn_params[:split].reshape((hidden_layer_size, input_layer_size + 1), order="F")
    theta2 = nn_params[split:].reshape((num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]
    labels = np.asarray(y).astype(int).ravel()

    # Forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ theta1.T
    a2 = np.hstack([np.ones((m, 1)), _sigmoid(z2)])
    a3 = _sigmoid(a2 @ theta2.T)

    # One-hot encoding of the labels
    Y = np.eye(num_labels)[labels - 1]

    # Cost
    data_term = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    penalty = (lambda_ / (2 * m)) * (np.sum(theta1 ** 2) + np.sum(theta2 ** 2))
    J = data_term + penalty

    # Backward pass
    delta3 = a3 - Y
    s2 = _sigmoid(z2)
    delta2 = (delta3 @ theta2[:, 1:]) * s2 * (1 - s2)

    theta1_grad = (delta2.T @ a1) / m
    theta2_grad = (delta3.T @ a2) / m
    theta1_grad[:, 1:] += (lambda_ / m) * theta1[:, 1:]
    theta2_grad[:, 1:] += (lambda_ / m) * theta2[:, 1:]

    grad = np.concatenate([theta1_grad.ravel(), theta2_grad.ravel()])
    return float(J), grad
