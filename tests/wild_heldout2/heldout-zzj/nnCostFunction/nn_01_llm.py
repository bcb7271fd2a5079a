"""Neural network cost function for the two-layer classifier (ex4).

Translated from nnCostFunction.m.
"""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    g = sigmoid(z)
    return g * (1.0 - g)


def nn_cost_function(nn_params: np.ndarray, input_layer_size: int,
                     hidden_layer_size: int, num_labels: int,
                     X: np.ndarray, y: np.ndarray, lambda_: float = 0.0):
    """Return the regularised cost J and the unrolled gradient.

    nn_params is [Theta1(:); Theta2(:)] in MATLAB (column-major) order, so the
    reshapes use order='F'. y holds labels 1..num_labels.
    """
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:split], (hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = np.reshape(nn_params[split:], (num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]

    # Forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    # One-hot encode the labels (1-based -> 0-based rows of the identity)
    labels = np.asarray(y).ravel().astype(int)
    Y = np.eye(num_labels)[labels - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return J, grad
