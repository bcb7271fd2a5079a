"""Neural network cost function (Coursera ML ex4) translated to NumPy."""
from typing import Tuple

import numpy as np

from utils.sigmoid import sigmoid


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the sigmoid function evaluated at z."""
    g = sigmoid(z)
    return g * (1 - g)


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray]:
    """Compute the regularized cost and gradient of a two-layer neural network.

    Args:
        nn_params: Unrolled parameters [Theta1(:); Theta2(:)] (column-major).
        input_layer_size: Number of input units (without bias).
        hidden_layer_size: Number of hidden units (without bias).
        num_labels: Number of output classes.
        X: Input data of shape (m, input_layer_size).
        y: Labels in 1..num_labels, shape (m,) or (m, 1).
        lambda_: Regularization strength.

    Returns:
        J: The cost.
        grad: Unrolled gradient, same layout as nn_params.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:n1], (hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = np.reshape(nn_params[n1:], (num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]

    # Forward propagation
    a1 = np.concatenate([np.ones((m, 1)), X], axis=1)
    z2 = a1 @ Theta1.T
    a2 = np.concatenate([np.ones((m, 1)), sigmoid(z2)], axis=1)
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # One-hot encode labels
    Y = np.eye(num_labels)[y.ravel() - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J += lambda_ / (2 * m) * reg

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(a2[:, 1:])

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m

    # Regularize (skip bias column)
    Theta1_grad[:, 1:] += lambda_ / (2 * m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / (2 * m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return J, grad
