import numpy as np
from numpy.typing import NDArray


def sigmoid(z: NDArray) -> NDArray:
    """Logistic function."""
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z: NDArray) -> NDArray:
    """Derivative of the logistic function evaluated at z."""
    s = sigmoid(z)
    return s * (1.0 - s)


def nn_cost_function(
    nn_params: NDArray,
    input_layer_size: int,
    hidden_layer_size: int,
    num_labels: int,
    X: NDArray,
    y: NDArray,
    lambda_: float,
) -> tuple[float, NDArray]:
    """Compute the cost and gradient of a two-layer neural network.

    Mirrors MATLAB's nnCostFunction: ``nn_params`` is the column-major
    unrolling ``[Theta1(:); Theta2(:)]`` and ``y`` holds labels 1..num_labels.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:n1], (hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = np.reshape(nn_params[n1:], (num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]
    y = np.asarray(y).ravel().astype(int)

    # Forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # One-hot encoding of the labels
    Y = np.eye(num_labels)[y - 1]

    # Cost with regularisation (bias columns excluded)
    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # Backpropagation
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(a2[:, 1:])

    Theta1_grad = (delta2.T @ a1) / m
    Theta2_grad = (delta3.T @ a2) / m

    # Regularise the gradients
    Theta1_grad += (lambda_ / m) * Theta1
    Theta2_grad += (lambda_ / m) * Theta2

    grad = np.concatenate([Theta1_grad.ravel(order="F"), Theta2_grad.ravel(order="F")])
    return float(J), grad
