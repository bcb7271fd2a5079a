"""Neural network cost function (Coursera ML ex4), translated from nnCostFunction.m."""
import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: np.ndarray) -> np.ndarray:
    """Derivative of the logistic function evaluated at z."""
    s = sigmoid(z)
    return s * (1.0 - s)


def nn_cost_function(nn_params: np.ndarray,
                     input_layer_size: int,
                     hidden_layer_size: int,
                     num_labels: int,
                     X: np.ndarray,
                     y: np.ndarray,
                     lambda_: float = 0.0):
    """Regularised cost and gradient of a two-layer network.

    nn_params is the column-major (MATLAB style) unrolling of Theta1 and Theta2.
    y holds labels 1..num_labels. Returns (J, grad), grad unrolled the same way.
    """
    nn_params = np.asarray(nn_params, dtype=float).ravel()
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape((hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = nn_params[split:].reshape((num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]

    # forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    # one-hot encode the labels (cast first so uint8 labels do not wrap)
    labels = np.asarray(y).astype(np.int64).ravel()
    Y = np.zeros((m, num_labels))
    Y[np.arange(m), labels - 1] = 1.0

    J = -np.sum(Y * np.log(a3) + (1.0 - Y) * np.log(1.0 - a3)) / m
    penalty = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J += lambda_ / (2.0 * m) * penalty

    # backward pass
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return J, grad
