"""Regularised cost and gradient of the two-layer network from ex4."""
from typing import Tuple

import numpy as np

from nn_helpers.activations import sigmoid, sigmoid_gradient


def nn_cost_function(nn_params: np.ndarray,
                     input_layer_size: int,
                     hidden_layer_size: int,
                     num_labels: int,
                     X: np.ndarray,
                     y: np.ndarray,
                     lambda_: float) -> Tuple[float, np.ndarray]:
    """Return (J, grad) for the unrolled weights ``nn_params``.

    The weights are unrolled column by column as in Octave, so the reshape
    uses Fortran order. ``y`` holds labels 1..num_labels, shape (m,) or (m, 1).
    """
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:split],
                        (hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = np.reshape(nn_params[split:],
                        (num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]

    # forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    # one-hot targets
    labels = np.asarray(y).reshape(-1).astype(int)
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backward pass
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"),
                           Theta2_grad.ravel(order="F")])
    return J, grad
