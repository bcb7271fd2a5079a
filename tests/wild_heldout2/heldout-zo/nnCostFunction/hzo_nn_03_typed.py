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
    lambda_: float = 0.0,
) -> tuple[float, NDArray]:
    """Regularized cost and gradient of a two-layer neural network.

    Parameters
    ----------
    nn_params : Unrolled weights [Theta1(:); Theta2(:)] (MATLAB column-major order).
    input_layer_size, hidden_layer_size, num_labels : Layer sizes.
    X : (m, n) input matrix without the bias column.
    y : (m,) or (m, 1) labels in 1..num_labels.
    lambda_ : Regularization strength.

    Returns
    -------
    J : Cost.
    grad : Unrolled gradient, same layout as nn_params.
    """
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape(hidden_layer_size, input_layer_size + 1, order="F")
    Theta2 = nn_params[split:].reshape(num_labels, hidden_layer_size + 1, order="F")

    m = X.shape[0]
    labels = np.asarray(y).astype(int).ravel()
    Y = np.eye(num_labels)[labels - 1]

    # Forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    a3 = sigmoid(a2 @ Theta2.T)

    data_term = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    reg_term = lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))
    J = data_term + reg_term

    # Backward pass
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return float(J), grad
