"""Cost and gradient of a two-layer neural network (ex4), NumPy port."""
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
                     lambda_: float = 0.0) -> Tuple[float, np.ndarray]:
    """Regularised cross-entropy cost and its gradient.

    nn_params holds Theta1 and Theta2 unrolled column by column (MATLAB
    order), y holds labels 1..num_labels. The gradient is unrolled the
    same way.
    """
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape(
        (hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = nn_params[split:].reshape(
        (num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]

    # forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    # one-hot encoding of the labels
    labels = np.asarray(y).ravel().astype(int)
    Y = np.eye(num_labels)[labels - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2)
                              + np.sum(Theta2[:, 1:] ** 2))

    # backpropagation
    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T @ a1 / m
    Theta2_grad = d3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"),
                           Theta2_grad.ravel(order="F")])
    return float(J), grad
