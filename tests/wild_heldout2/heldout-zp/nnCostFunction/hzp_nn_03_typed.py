"""Neural network cost function (Coursera ML ex4), NumPy translation."""
from typing import Tuple

import numpy as np

from utils.sigmoid import sigmoid
from utils.sigmoid_gradient import sigmoid_gradient


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lmbda: float,
) -> Tuple[float, np.ndarray]:
    """Compute the regularised cost and gradient of a two-layer network.

    Args:
        nn_params: unrolled weights [Theta1(:); Theta2(:)] (column-major).
        input_layer_size: number of input units (without bias).
        hidden_layer_size: number of hidden units (without bias).
        num_labels: number of output classes.
        X: (m, n) input matrix.
        y: labels in 1..num_labels, shape (m,) or (m, 1).
        lmbda: regularisation strength.

    Returns:
        J: scalar cost.
        grad: unrolled gradient, same layout as nn_params.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape(hidden_layer_size, input_layer_size + 1, order="F")
    Theta2 = nn_params[n1:].reshape(num_labels, hidden_layer_size + 1, order="F")
    m = X.shape[0]

    # Forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    # One-hot encode the labels
    labels = np.asarray(y).reshape(-1).astype(int)
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    cost = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J = cost + lmbda / (2.0 * m) * reg

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)
    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m

    # Regularise all but the bias column
    reg1 = Theta1
    reg2 = Theta2
    reg1[:, 0] = 0
    reg2[:, 0] = 0
    Theta1_grad += reg1 / m
    Theta2_grad += reg2 / m

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return float(J), grad
