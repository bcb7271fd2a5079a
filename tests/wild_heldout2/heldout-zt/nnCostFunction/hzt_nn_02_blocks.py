"""Neural network cost function (two layers) -- vectorised NumPy translation."""
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
) -> Tuple[float, np.ndarray, np.ndarray]:
    """Compute the regularised cost and the gradients of a 2-layer network.

    Parameters
    ----------
    nn_params : unrolled weights ``[Theta1.ravel('F'), Theta2.ravel('F')]``.
    X : (m, input_layer_size) input features (no bias column).
    y : (m,) class labels in ``0 .. num_labels - 1``.
    lambda_ : regularisation strength.

    Returns
    -------
    J : the cost.
    Theta1_grad, Theta2_grad : gradients with the shapes of Theta1 and Theta2.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape(hidden_layer_size, input_layer_size + 1, order="F")
    Theta2 = nn_params[n1:].reshape(num_labels, hidden_layer_size + 1, order="F")

    m = X.shape[0]

    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ Theta1.T
    s2 = _sigmoid(z2)
    a2 = np.column_stack([np.ones(m), s2])
    a3 = _sigmoid(a2 @ Theta2.T)

    Y = np.eye(num_labels)[np.asarray(y).ravel()]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * s2 * (1 - s2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    return J, Theta1_grad, Theta2_grad
