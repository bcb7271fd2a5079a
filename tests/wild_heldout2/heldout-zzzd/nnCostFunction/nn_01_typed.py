"""Neural network cost function (ex4), translated from nnCostFunction.m."""
from typing import Tuple

import numpy as np
from scipy.special import expit


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the logistic function evaluated at z."""
    s = expit(z)
    return s * (1.0 - s)


def nn_cost_function(nn_params: np.ndarray,
                     input_layer_size: int,
                     hidden_layer_size: int,
                     num_labels: int,
                     X: np.ndarray,
                     y: np.ndarray,
                     lambda_: float = 0.0) -> Tuple[float, np.ndarray]:
    """Regularised cost and unrolled gradient of a 2-layer network.

    Parameters
    ----------
    nn_params : unrolled [Theta1(:); Theta2(:)] in MATLAB (column-major) order.
    X : (m, n) examples without the bias column.
    y : labels 1..num_labels, shape (m,) or (m, 1) as loaded by scipy.io.loadmat.
    lambda_ : regularisation strength.
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
    a2 = np.hstack([np.ones((m, 1)), expit(z2)])
    a3 = expit(a2 @ Theta2.T)

    # one-hot encode the labels (1-based in the data)
    Y = np.eye(num_labels)[y.ravel() - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return J, grad
