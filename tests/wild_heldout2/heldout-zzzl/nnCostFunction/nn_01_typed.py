"""Neural network cost function (ex4), translated from nnCostFunction.m.

Two-layer classification network with sigmoid activations. The parameter
vector holds Theta1 and Theta2 unrolled in column-major (Fortran) order, the
same layout MATLAB/Octave uses for ``[Theta1(:); Theta2(:)]``.
"""
from typing import Tuple

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function, element-wise."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the logistic function, element-wise."""
    s = sigmoid(z)
    return s * (1.0 - s)


def nn_cost_function(
    nn_params: np.ndarray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: np.ndarray,
    y: np.ndarray,
    lambda_: float,
) -> Tuple[float, np.ndarray]:
    """Return the regularised cost ``J`` and the unrolled gradient.

    Args:
        nn_params: unrolled weights, ``[Theta1.ravel('F'), Theta2.ravel('F')]``.
        input_layer_size: number of input units (without bias).
        hidden_layer_size: number of hidden units (without bias).
        num_labels: number of output classes.
        X: ``(m, input_layer_size)`` examples.
        y: labels in ``1..num_labels``, shape ``(m,)`` or ``(m, 1)``.
        lambda_: regularisation strength.
    """
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape(
        (hidden_layer_size, input_layer_size + 1), order="F"
    )
    Theta2 = nn_params[split:].reshape(
        (num_labels, hidden_layer_size + 1), order="F"
    )

    m = X.shape[0]

    # Forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    # One-hot encode the 1-based labels
    labels = np.asarray(y).ravel().astype(int)
    Y = np.eye(num_labels)[labels - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    penalty = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J += lambda_ / (2 * m) * penalty

    # Backward pass
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return float(J), grad
