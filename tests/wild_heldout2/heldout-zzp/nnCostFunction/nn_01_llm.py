"""Neural network cost function (ex4), translated from nnCostFunction.m."""
from typing import Tuple

import numpy as np

from utils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(nn_params: np.ndarray,
                     input_layer_size: int,
                     hidden_layer_size: int,
                     num_labels: int,
                     X: np.ndarray,
                     y: np.ndarray,
                     lambda_: float = 0.0) -> Tuple[float, np.ndarray]:
    """Regularised cost and gradient of a two-layer classification network.

    Parameters
    ----------
    nn_params : array_like
        Theta1 and Theta2 unrolled in column-major (Fortran) order, as in Octave.
    input_layer_size, hidden_layer_size, num_labels : int
        Layer sizes (without bias units).
    X : ndarray, shape (m, input_layer_size)
        Examples, one per row, without the bias column.
    y : ndarray, shape (m,) or (m, 1)
        Labels in 1..num_labels.
    lambda_ : float
        Regularisation strength.

    Returns
    -------
    J : float
    grad : ndarray, shape (n_params,)
        Gradient unrolled the same way as nn_params.
    """
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape((hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = nn_params[split:].reshape((num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]

    # Forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    # One-hot encoding of the 1-based labels
    labels = np.asarray(y).ravel().astype(int)
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # Backward pass
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return J, grad
