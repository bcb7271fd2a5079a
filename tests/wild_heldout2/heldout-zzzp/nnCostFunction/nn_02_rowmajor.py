"""Neural network cost function (ex4), written for scipy.optimize.

Parameters are flattened with numpy's default (row-major) order everywhere in
this project: ``params = np.concatenate([Theta1.ravel(), Theta2.ravel()])``.
The gradient is returned flattened the same way so it can be fed straight back
to ``minimize``.
"""
from typing import Tuple

import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(params: np.ndarray,
                     input_size: int,
                     hidden_size: int,
                     num_labels: int,
                     X: np.ndarray,
                     y: np.ndarray,
                     lmbda: float = 0.0) -> Tuple[float, np.ndarray]:
    """Regularised cross-entropy cost and its gradient.

    Args:
        params: Theta1 and Theta2 flattened row by row and concatenated.
        input_size: number of input units (without bias).
        hidden_size: number of hidden units (without bias).
        num_labels: number of output classes.
        X: (m, input_size) examples.
        y: labels in 1..num_labels, shape (m,) or (m, 1).
        lmbda: regularisation strength.

    Returns:
        (J, grad) with grad flattened like ``params``.
    """
    n1 = hidden_size * (input_size + 1)
    theta1 = params[:n1].reshape(hidden_size, input_size + 1)
    theta2 = params[n1:].reshape(num_labels, hidden_size + 1)

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
    cost = cost + lmbda / (2.0 * m) * penalty

    delta3 = a3 - Y
    delta2 = (delta3 @ theta2[:, 1:]) * s2 * (1.0 - s2)

    grad1 = delta2.T @ a1 / m
    grad2 = delta3.T @ a2 / m
    grad1[:, 1:] += (lmbda / m) * theta1[:, 1:]
    grad2[:, 1:] += (lmbda / m) * theta2[:, 1:]

    grad = np.concatenate([grad1.ravel(), grad2.ravel()])
    return float(cost), grad
