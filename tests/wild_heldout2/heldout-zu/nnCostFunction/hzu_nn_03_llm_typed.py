"""Neural network cost function (port of ex4 nnCostFunction.m)."""
from typing import Tuple

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Element-wise logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the sigmoid evaluated at z."""
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

    Args:
        nn_params: Unrolled parameters [Theta1(:); Theta2(:)] (column-major).
        input_layer_size: Number of input features.
        hidden_layer_size: Number of hidden units.
        num_labels: Number of output classes.
        X: Input data of shape (m, input_layer_size).
        y: Labels in 1..num_labels, shape (m,) or (m, 1).
        lambda_: Regularisation strength.

    Returns:
        A tuple (J, grad) with the cost and the unrolled gradient.
    """
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape((hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = nn_params[split:].reshape((num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]
    y = np.asarray(y).ravel().astype(int)

    # Forward propagation
    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ Theta1.T
    a2 = np.column_stack([np.ones(m), sigmoid(z2)])
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # One-hot encode the labels
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y - 1] = 1.0

    J = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J += lambda_ / (2.0 * m) * reg

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(a2[:, 1:])

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m

    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return float(J), grad
