"""Neural network cost function (Coursera ML ex4), ported to NumPy.

Parameters are packed with ``np.concatenate([Theta1.ravel(), Theta2.ravel()])``
(NumPy's default row-major order) and the gradients are returned as the two
weight-shaped blocks so they can be inspected directly.
"""
from typing import Tuple

import numpy as np

from nnutils import sigmoid, sigmoid_gradient


def nn_cost_function(
    params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray, np.ndarray]:
    """Return ``(J, Theta1_grad, Theta2_grad)`` for a 2-layer network.

    ``params`` holds Theta1 then Theta2, each flattened row by row.
    ``y`` holds labels 1..num_labels.
    """
    params = np.asarray(params, dtype=float).ravel()
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = params[:split].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = params[split:].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]
    labels = np.asarray(y).astype(int).ravel()
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ Theta1.T
    a2 = np.column_stack([np.ones(m), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    return float(J), Theta1_grad, Theta2_grad
