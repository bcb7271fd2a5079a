"""Neural network cost function (Python translation of nnCostFunction.m).

The weights are packed into a single flat vector so the function can be
handed to ``scipy.optimize.minimize``.  Packing uses NumPy's native
(row-major) order::

    params = np.concatenate([Theta1.ravel(), Theta2.ravel()])

and the returned gradient is packed the same way.
"""
from typing import Tuple

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def unpack_params(params: np.ndarray, input_size: int, hidden_size: int,
                  num_labels: int) -> Tuple[np.ndarray, np.ndarray]:
    """Split the flat parameter vector into Theta1 and Theta2 (row-major)."""
    split = hidden_size * (input_size + 1)
    theta1 = params[:split].reshape(hidden_size, input_size + 1)
    theta2 = params[split:].reshape(num_labels, hidden_size + 1)
    return theta1, theta2


def nn_cost_function(params: np.ndarray, input_size: int, hidden_size: int,
                     num_labels: int, X: np.ndarray, y: np.ndarray,
                     lambda_: float = 0.0) -> Tuple[float, np.ndarray]:
    """Return the regularised cost and its gradient (flattened row-major).

    Args:
        params: flat vector ``[Theta1.ravel(), Theta2.ravel()]``.
        input_size: number of input units (without bias).
        hidden_size: number of hidden units (without bias).
        num_labels: number of output classes.
        X: ``(m, input_size)`` inputs.
        y: labels in ``1..num_labels``, shape ``(m,)`` or ``(m, 1)``.
        lambda_: regularisation strength.
    """
    theta1, theta2 = unpack_params(params, input_size, hidden_size, num_labels)
    m = X.shape[0]
    y = np.asarray(y).reshape(-1)

    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ theta1.T
    s2 = _sigmoid(z2)
    a2 = np.column_stack([np.ones(m), s2])
    a3 = _sigmoid(a2 @ theta2.T)

    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y - 1] = 1.0

    cost = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    penalty = np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2)
    cost += lambda_ / (2.0 * m) * penalty

    delta3 = a3 - Y
    delta2 = (delta3 @ theta2[:, 1:]) * s2 * (1.0 - s2)

    grad1 = delta2.T @ a1 / m
    grad2 = delta3.T @ a2 / m
    grad1[:, 1:] += lambda_ / m * theta1[:, 1:]
    grad2[:, 1:] += lambda_ / m * theta2[:, 1:]

    return float(cost), np.concatenate([grad1.ravel(), grad2.ravel()])
