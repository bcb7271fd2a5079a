"""Neural network cost function (ex4), translated from nnCostFunction.m."""
from typing import Tuple

import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(nn_params: np.ndarray,
                     input_layer_size: int,
                     hidden_layer_size: int,
                     num_labels: int,
                     X: np.ndarray,
                     y: np.ndarray,
                     lambda_: float = 0.0) -> Tuple[float, np.ndarray]:
    """Regularised cost and unrolled gradient of a 2-layer network.

    nn_params is Theta1 and Theta2 unrolled column-major (MATLAB style),
    y holds labels 1..num_labels, shape (m,) or (m, 1).
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:n1], (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[n1:], (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]

    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    Y = np.eye(num_labels)[np.asarray(y).ravel().astype(int) - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T @ a1 / m
    Theta2_grad = d3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')])
    return J, grad
