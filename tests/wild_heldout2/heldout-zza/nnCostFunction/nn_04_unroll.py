import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    """Cost and gradient of a two-layer neural network (port of nnCostFunction.m).

    Parameters
    ----------
    nn_params : ndarray
        Unrolled Theta1 and Theta2 (Fortran / column-major order, like Octave).
    input_layer_size, hidden_layer_size, num_labels : int
        Network sizes.
    X : ndarray, shape (m, n)
    y : ndarray
        Labels 1..num_labels.
    lambda_ : float
        Regularisation parameter.

    Returns
    -------
    J : float
    grad : ndarray
        Unrolled gradient.
    """
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:n1], (hidden_layer_size, input_layer_size + 1), order="F")
    Theta2 = np.reshape(nn_params[n1:], (num_labels, hidden_layer_size + 1), order="F")

    m = X.shape[0]
    y = np.asarray(y).reshape(-1)

    a1 = np.column_stack([np.ones(m), X])
    z2 = a1 @ Theta1.T
    a2 = np.column_stack([np.ones(m), _sigmoid(z2)])
    a3 = _sigmoid(a2 @ Theta2.T)

    Y = np.eye(num_labels)[y - 1]

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J += lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    delta3 = a3 - Y
    sg = _sigmoid(z2) * (1 - _sigmoid(z2))
    delta2 = (delta3 @ Theta2[:, 1:]) * sg

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])
    return J, grad
