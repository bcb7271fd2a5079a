"""Neural network cost function (two layers), translated from the ex4 MATLAB code."""
from __future__ import annotations

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
) -> tuple[float, np.ndarray]:
    """Compute the regularised cost and gradient of a 2-layer network.

    The weights are packed as ``np.concatenate([Theta1.ravel(), Theta2.ravel()])``
    (NumPy's default row-major order) and the gradient is returned packed the
    same way, so it can be fed straight to ``scipy.optimize.minimize``.

    Args:
        nn_params: unrolled weights, shape (h*(n+1) + K*(h+1),).
        input_layer_size: number of input features n.
        hidden_layer_size: number of hidden units h.
        num_labels: number of classes K.
        X: inputs, shape (m, n), without the bias column.
        y: labels in 1..K, shape (m,) or (m, 1).
        lambda_: regularisation strength.

    Returns:
        (J, grad)
    """
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape(hidden_layer_size, input_layer_size + 1)
    Theta2 = nn_params[split:].reshape(num_labels, hidden_layer_size + 1)

    m = X.shape[0]
    y = np.asarray(y).reshape(-1).astype(int)

    # Forward pass
    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ Theta1.T
    s2 = _sigmoid(z2)
    a2 = np.column_stack([np.ones(m), s2])
    a3 = _sigmoid(a2 @ Theta2.T)

    # One-hot encode labels 1..K
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y - 1] = 1.0

    J = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    J += lambda_ / (2.0 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # Backward pass
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * s2 * (1.0 - s2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return float(J), grad
