"""Neural network cost function (ex4), vectorised version."""
from typing import Tuple

import numpy as np

from mlutils.activations import sigmoid, sigmoid_gradient


def nn_cost_function(nn_params: np.ndarray,
                     input_layer_size: int,
                     hidden_layer_size: int,
                     num_labels: int,
                     X: np.ndarray,
                     y: np.ndarray,
                     lambda_: float = 0.0) -> Tuple[float, np.ndarray]:
    """Cost and gradient of the two-layer network.

    Parameters
    ----------
    nn_params : unrolled [Theta1(:); Theta2(:)] in MATLAB (column-major) order
    X : (m, n) examples, without the bias column
    y : labels 1..num_labels, (m,) or (m, 1) as loaded by scipy.io.loadmat
    lambda_ : regularisation strength

    Returns
    -------
    J : float
    grad : 1-D array, unrolled like nn_params
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[n1:].reshape((num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]

    # forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # labels -> one-hot rows (labels are 1-based in the .mat files)
    labels = np.asarray(y).ravel().astype(int)
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J += lambda_ / (2 * m) * reg

    # backpropagation
    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T @ a1 / m
    Theta2_grad = d3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')])
    return J, grad
