"""Two-layer neural network cost function (ex4), NumPy version."""
from typing import Tuple

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(
    params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray, np.ndarray]:
    """Regularised cross-entropy cost of a one-hidden-layer network.

    Args:
        params: flat vector holding Theta1 then Theta2, each flattened
            row by row (``Theta1.ravel()``, NumPy's default order).
        input_layer_size: number of input units (without bias).
        hidden_layer_size: number of hidden units (without bias).
        num_labels: number of output classes.
        X: (m, n) design matrix without bias column.
        y: labels in 1..num_labels, shape (m,) or (m, 1).
        lambda_: regularisation strength.

    Returns:
        (J, Theta1_grad, Theta2_grad): the cost and the gradient blocks with
        the same shapes as Theta1 and Theta2.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = params[:n1].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = params[n1:].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]
    labels = np.asarray(y).reshape(-1).astype(int)
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    h = _sigmoid(z2)
    a2 = np.hstack([np.ones((m, 1)), h])
    a3 = _sigmoid(a2 @ Theta2.T)

    J = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    penalty = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J += lambda_ / (2.0 * m) * penalty

    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * h * (1.0 - h)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    return float(J), Theta1_grad, Theta2_grad
