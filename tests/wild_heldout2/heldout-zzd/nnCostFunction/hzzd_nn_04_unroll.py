import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(nn_params: np.ndarray, input_layer_size: int, hidden_layer_size: int,
                     num_labels: int, X: np.ndarray, y: np.ndarray, lambda_: float = 0.0):
    """Cost and gradient of a 2-layer neural network (port of nnCostFunction.m).

    Args:
        nn_params: unrolled weights [Theta1(:); Theta2(:)] (column-major, as in MATLAB).
        y: labels in 1..num_labels.

    Returns:
        (J, grad) with grad unrolled like nn_params.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape((hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = nn_params[n1:].reshape((num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]
    y = np.asarray(y).reshape(-1)

    A1 = np.column_stack([np.ones(m), X])
    Z2 = A1 @ Theta1.T
    A2 = np.column_stack([np.ones(m), _sigmoid(Z2)])
    A3 = _sigmoid(A2 @ Theta2.T)

    Y = np.eye(num_labels)[y - 1]

    J = -np.sum(Y * np.log(A3) + (1 - Y) * np.log(1 - A3)) / m
    J += (lambda_ / (2 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    delta3 = A3 - Y
    sg = _sigmoid(Z2) * (1 - _sigmoid(Z2))
    delta2 = (delta3 @ Theta2[:, 1:]) * sg

    Theta1_grad = delta2.T @ A1 / m
    Theta2_grad = delta3.T @ A2 / m
    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return J, grad
