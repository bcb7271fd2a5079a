import numpy as np


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    """
    Implements the neural network cost function and gradient for a two layer
    neural network which performs classification.

    Returns
    -------
    J : float
        The computed value for the cost function.
    grad : array_like
        An "unrolled" vector of the partial derivatives of the cost with
        respect to Theta1 and Theta2.
    """
    # Reshape nn_params back into Theta1 and Theta2 (MATLAB column-major layout)
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:split], (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[split:], (num_labels, hidden_layer_size + 1), order='F')

    m = y.size

    # Part 1: feedforward
    a1 = np.concatenate([np.ones((m, 1)), X], axis=1)
    z2 = a1 @ Theta1.T
    a2 = np.concatenate([np.ones((m, 1)), _sigmoid(z2)], axis=1)
    a3 = _sigmoid(a2 @ Theta2.T)

    y_matrix = (np.reshape(y, (-1, 1)) == np.arange(1, num_labels + 1)).astype(float)

    J = -np.sum(y_matrix * np.log(a3) + (1 - y_matrix) * np.log(1 - a3)) / m
    reg_term = np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:]))
    J = J + (lambda_ / (2 * m)) * reg_term

    # Part 2: backpropagation
    delta_3 = a3 - y_matrix
    delta_2 = (delta_3 @ Theta2[:, 1:]) * _sigmoid(z2) * (1 - _sigmoid(z2))

    Theta1_grad = (delta_2.T @ a1) / m
    Theta2_grad = (delta_3.T @ a2) / m

    # Part 3: regularisation (skip the bias column)
    Theta1_grad[:, 1:] += (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (lambda_ / m) * Theta2[:, 1:]

    # Unroll gradients
    grad = np.concatenate([Theta1_grad.ravel(), Theta2_grad.ravel()])

    return J, grad
