"""Neural network cost (ex4), written for a row-major parameter layout.

Conventions used in this module:
  * ``params`` is ``np.concatenate([Theta1.ravel(), Theta2.ravel()])`` (NumPy's
    default C order), and the returned gradient is unrolled the same way.
  * ``X`` already contains the bias column of ones as its first column.
"""
from typing import Tuple

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(
    params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray]:
    """Regularised cross-entropy cost and its gradient for a 2-layer network.

    Args:
        params: unrolled weights, row-major (see module docstring).
        input_layer_size: number of input features (without the bias unit).
        hidden_layer_size: number of hidden units.
        num_labels: number of classes K.
        X: (m, input_layer_size + 1) design matrix, bias column included.
        y: labels in 1..K, shape (m,) or (m, 1).
        lambda_: regularisation strength.
    """
    params = np.asarray(params, dtype=float).ravel()
    split = hidden_layer_size * (input_layer_size + 1)
    theta1 = params[:split].reshape(hidden_layer_size, input_layer_size + 1)
    theta2 = params[split:].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]
    labels = np.asarray(y).ravel().astype(int)
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    # forward pass (X already carries the bias unit)
    z2 = X @ theta1.T
    a2 = np.column_stack([np.ones(m), _sigmoid(z2)])
    a3 = _sigmoid(a2 @ theta2.T)

    cost = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    penalty = np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2)
    cost += lambda_ / (2.0 * m) * penalty

    # backward pass
    delta3 = a3 - Y
    s = _sigmoid(z2)
    delta2 = (delta3 @ theta2[:, 1:]) * s * (1.0 - s)

    grad1 = delta2.T @ X / m
    grad2 = delta3.T @ a2 / m
    grad1[:, 1:] += lambda_ / m * theta1[:, 1:]
    grad2[:, 1:] += lambda_ / m * theta2[:, 1:]

    return float(cost), np.concatenate([grad1.ravel(), grad2.ravel()])
