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
    """Regularised cost and gradient of a 3-layer neural network.

    Args:
        nn_params: Unrolled parameters (Theta1 then Theta2, MATLAB column-major).
        input_layer_size: Number of input units (without bias).
        hidden_layer_size: Number of hidden units (without bias).
        num_labels: Number of output classes K.
        X: Data matrix of shape (m, input_layer_size).
        y: Labels in 1..K, shape (m,) or (m, 1).
        lambda_: Regularisation strength.

    Returns:
        The cost J and the unrolled gradient.
    """
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape((hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = nn_params[split:].reshape((num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]
    y = np.asarray(y).reshape(-1).astype(int)

    # Forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # One-hot targets
    Y = np.eye(num_labels)[y - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += (lambda_ / (2 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # Backward pass
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * sigmoid_gradient(a2[:, 1:])

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return float(J), grad
