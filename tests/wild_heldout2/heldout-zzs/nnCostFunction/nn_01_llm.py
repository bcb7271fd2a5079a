"""Neural network cost function (two layers), translated from nnCostFunction.m."""
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
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray]:
    """Compute the regularized cost and the unrolled gradient.

    Parameters
    ----------
    nn_params : unrolled Theta1 and Theta2 (column-major, as in MATLAB).
    X : (m, input_layer_size) examples, without the bias column.
    y : labels in 1..num_labels, shape (m,) or (m, 1).
    lambda_ : regularization strength.
    """
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape(
        (hidden_layer_size, input_layer_size + 1), order="F"
    )
    Theta2 = nn_params[split:].reshape((num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]
    y = np.asarray(y).ravel().astype(int)

    # Forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), _sigmoid(z2)])
    z3 = a2 @ Theta2.T
    a3 = _sigmoid(z3)

    # One-hot encode the labels (1-based -> 0-based rows of the identity)
    Y = np.eye(num_labels)[y - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += (lambda_ / (2 * m)) * (
        np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    )

    # Backward pass
    delta3 = a3 - Y
    s2 = _sigmoid(z2)
    delta2 = (delta3 @ Theta2[:, 1:]) * s2 * (1 - s2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return J, grad
