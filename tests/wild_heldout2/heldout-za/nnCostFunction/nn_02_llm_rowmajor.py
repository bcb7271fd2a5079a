"""Neural network cost function (two-layer), translated from the ex4 MATLAB code."""
from typing import Tuple

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def _unpack(params: np.ndarray, n_in: int, n_hidden: int, n_out: int) -> Tuple[np.ndarray, np.ndarray]:
    """Split the flat parameter vector into the two weight matrices.

    The vector is laid out row by row (NumPy's default order); ``_pack`` uses
    the same layout, so the optimizer sees a consistent parameterisation.
    """
    split = n_hidden * (n_in + 1)
    theta1 = params[:split].reshape(n_hidden, n_in + 1)
    theta2 = params[split:].reshape(n_out, n_hidden + 1)
    return theta1, theta2


def _pack(theta1: np.ndarray, theta2: np.ndarray) -> np.ndarray:
    return np.concatenate([theta1.ravel(), theta2.ravel()])


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray]:
    """Return the regularised cost and its gradient for a 3-layer network.

    Args:
        nn_params: flat vector of all weights (row-major, see ``_unpack``).
        input_layer_size: number of input units (without bias).
        hidden_layer_size: number of hidden units (without bias).
        num_labels: number of output classes; labels in ``y`` are 1..num_labels.
        X: data matrix of shape (m, input_layer_size).
        y: labels, shape (m,) or (m, 1).
        lambda_: regularisation strength.
    """
    theta1, theta2 = _unpack(np.asarray(nn_params, dtype=float).ravel(),
                             input_layer_size, hidden_layer_size, num_labels)
    m = X.shape[0]
    labels = np.asarray(y).ravel().astype(int)

    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ theta1.T
    s2 = _sigmoid(z2)
    a2 = np.hstack([np.ones((m, 1)), s2])
    a3 = _sigmoid(a2 @ theta2.T)

    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    cost = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    penalty = np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2)
    cost += lambda_ / (2.0 * m) * penalty

    delta3 = a3 - Y
    delta2 = (delta3 @ theta2[:, 1:]) * s2 * (1.0 - s2)

    grad1 = delta2.T @ a1 / m
    grad2 = delta3.T @ a2 / m
    grad1[:, 1:] += lambda_ / m * theta1[:, 1:]
    grad2[:, 1:] += lambda_ / m * theta2[:, 1:]

    return float(cost), _pack(grad1, grad2)
