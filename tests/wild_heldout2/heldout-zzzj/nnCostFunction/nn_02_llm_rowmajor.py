"""Two-layer neural network cost function (translated from nnCostFunction.m)."""
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
    """Compute the regularised cost and gradient of a 2-layer network.

    Args:
        nn_params: Weights unrolled row by row (NumPy's default order), i.e.
            ``np.concatenate([Theta1.ravel(), Theta2.ravel()])``.
        input_layer_size: Number of input features (without bias).
        hidden_layer_size: Number of hidden units.
        num_labels: Number of output classes.
        X: Data matrix of shape (m, input_layer_size).
        y: Class indices in ``0 .. num_labels - 1``, shape (m,).
        lambda_: Regularisation strength.

    Returns:
        J: The scalar cost.
        grad: Gradient, unrolled in the same (row-major) layout as ``nn_params``.
    """
    n_theta1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n_theta1].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[n_theta1:].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]

    # Forward pass
    A1 = np.column_stack([np.ones(m), X])
    Z2 = A1 @ Theta1.T
    S2 = _sigmoid(Z2)
    A2 = np.column_stack([np.ones(m), S2])
    H = _sigmoid(A2 @ Theta2.T)

    # One-hot targets
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), np.asarray(y).reshape(-1)] = 1.0

    J = -np.sum(Y * np.log(H) + (1.0 - Y) * np.log(1.0 - H)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # Backward pass
    delta3 = H - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * S2 * (1.0 - S2)

    Theta1_grad = delta2.T @ A1 / m
    Theta2_grad = delta3.T @ A2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return float(J), grad
