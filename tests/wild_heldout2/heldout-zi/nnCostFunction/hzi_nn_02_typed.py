"""Neural network cost function (port of ex4 nnCostFunction.m)."""
from typing import Tuple

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the logistic function evaluated at z."""
    s = sigmoid(z)
    return s * (1.0 - s)


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

    Parameters
    ----------
    nn_params : ndarray
        Theta1 and Theta2 unrolled in column-major (MATLAB) order.
    input_layer_size, hidden_layer_size, num_labels : int
        Layer sizes (bias units excluded).
    X : ndarray, shape (m, input_layer_size)
        Training examples, one per row.
    y : ndarray, shape (m,) or (m, 1)
        Labels in 1..num_labels, as loaded from the .mat file.
    lambda_ : float
        Regularisation strength.

    Returns
    -------
    J : float
        The cost.
    grad : ndarray
        Gradient unrolled in the same order as ``nn_params``.
    """
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    n1 = hidden_layer_size * (input_layer_size + 1)

    theta1 = nn_params[:n1].reshape(hidden_layer_size, input_layer_size + 1, order="F")
    theta2 = nn_params[n1:].reshape(num_labels, hidden_layer_size + 1, order="F")

    m = X.shape[0]

    # Forward propagation
    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ theta1.T
    a2 = np.column_stack([np.ones(m), sigmoid(z2)])
    z3 = a2 @ theta2.T
    a3 = sigmoid(z3)

    # One-hot encoding of the labels (labels are 1-based)
    labels = np.asarray(y).ravel().astype(int)
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    cost = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    penalty = np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2)
    J = cost + lambda_ / (2.0 * m) * penalty

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ theta2[:, 1:]) * sigmoid_gradient(z2)

    theta1_grad = delta2.T @ a1 / m
    theta2_grad = delta3.T @ a2 / m

    theta1_grad[:, 1:] += lambda_ / m * theta1[:, 1:]
    theta2_grad[:, 1:] += lambda_ / m * theta2[:, 1:]

    grad = np.concatenate([theta1_grad.ravel(order="F"), theta2_grad.ravel(order="F")])
    return float(J), grad
