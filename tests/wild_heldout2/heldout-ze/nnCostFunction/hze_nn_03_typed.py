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
    """Regularized cost and gradient of a 2-layer neural network.

    Args:
        nn_params: Unrolled parameters [Theta1(:); Theta2(:)] (column-major, as in MATLAB).
        input_layer_size: Number of input features.
        hidden_layer_size: Number of hidden units.
        num_labels: Number of output classes (labels 1..num_labels).
        X: Input data of shape (m, input_layer_size).
        y: Labels of shape (m,) or (m, 1), values in 1..num_labels.
        lambda_: Regularization strength.

    Returns:
        J: The scalar cost.
        grad: Unrolled gradient, same layout as nn_params.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape((hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = nn_params[n1:].reshape((num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]
    y = np.asarray(y).reshape(-1)

    # Forward propagation
    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ Theta1.T
    a2 = np.column_stack([np.ones(m), _sigmoid(z2)])
    a3 = _sigmoid(a2 @ Theta2.T)

    # One-hot encode labels (1-based)
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y - 1] = 1.0

    J = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    J += (lambda_ / (2 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # Backpropagation
    delta3 = a3 - Y
    sg = _sigmoid(z2) * (1.0 - _sigmoid(z2))
    delta2 = (delta3 @ Theta2[:, 1:]) * sg

    Theta1_grad = (delta2.T @ a1) / m + (lambda_ / m) * Theta1
    Theta2_grad = (delta3.T @ a2) / m + (lambda_ / m) * Theta2

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return float(J), grad
