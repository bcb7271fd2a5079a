"""Neural network cost function (two-layer classifier), ported from ex4."""
from typing import Tuple

import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float = 0.0,
) -> Tuple[float, np.ndarray]:
    """Compute the regularised cost and gradient of a 2-layer neural network.

    Args:
        nn_params: Unrolled parameters [Theta1(:); Theta2(:)] (column-major).
        input_layer_size: Number of input features.
        hidden_layer_size: Number of hidden units.
        num_labels: Number of output classes.
        X: Input data of shape (m, input_layer_size).
        y: Labels in 1..num_labels, shape (m,) or (m, 1).
        lambda_: Regularisation strength.

    Returns:
        J: The cost.
        grad: The unrolled gradient, same layout as nn_params.
    """
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    split = hidden_layer_size * (input_layer_size + 1)
    theta1 = nn_params[:split].reshape(hidden_layer_size, input_layer_size + 1, order="F")
    theta2 = nn_params[split:].reshape(num_labels, hidden_layer_size + 1, order="F")

    m = X.shape[0]
    y = np.asarray(y).ravel().astype(int)

    # Forward propagation
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    z3 = a2 @ theta2.T
    a3 = sigmoid(z3)

    # One-hot encode labels (labels are 1-based)
    y_matrix = np.eye(num_labels)[y - 1]

    # Cross-entropy cost
    J = -np.sum(y_matrix * np.log(a3) + (1 - y_matrix) * np.log(1 - a3)) / m

    # L2 regularisation
    reg = np.sum(theta1 ** 2) + np.sum(theta2 ** 2)
    J += lambda_ / (2 * m) * reg

    # Backpropagation
    delta3 = a3 - y_matrix
    delta2 = (delta3 @ theta2[:, 1:]) * sigmoid_gradient(z2)

    theta1_grad = delta2.T @ a1 / m
    theta2_grad = delta3.T @ a2 / m

    # Regularise all but the bias column
    theta1_grad[:, 1:] += lambda_ / m * theta1[:, 1:]
    theta2_grad[:, 1:] += lambda_ / m * theta2[:, 1:]

    grad = np.concatenate([theta1_grad.ravel(), theta2_grad.ravel()])
    return float(J), grad
