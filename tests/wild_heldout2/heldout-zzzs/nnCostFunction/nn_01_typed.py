"""Neural network cost function (ex4), translated from nnCostFunction.m."""
from typing import Tuple

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the logistic function evaluated at z."""
    s = sigmoid(z)
    return s * (1.0 - s)


def nn_cost_function(nn_params: np.ndarray,
                     input_layer_size: int,
                     hidden_layer_size: int,
                     num_labels: int,
                     X: np.ndarray,
                     y: np.ndarray,
                     lambda_: float) -> Tuple[float, np.ndarray]:
    """Cost and gradient of a two-layer network.

    Parameters
    ----------
    nn_params : unrolled [Theta1(:); Theta2(:)] in MATLAB (column-major) order.
    X : (m, input_layer_size) inputs, without bias column.
    y : labels 1..num_labels, shape (m,) or (m, 1).
    lambda_ : regularisation strength.

    Returns
    -------
    J : float
    grad : 1-D array, unrolled like nn_params.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:n1],
                        (hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = np.reshape(nn_params[n1:],
                        (num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]

    # forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # labels -> one-hot rows (labels are 1-based)
    labels = np.asarray(y).ravel().astype(int)
    Y = np.eye(num_labels)[labels - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backward pass
    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T @ a1 / m
    Theta2_grad = d3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"),
                           Theta2_grad.ravel(order="F")])
    return float(J), grad
