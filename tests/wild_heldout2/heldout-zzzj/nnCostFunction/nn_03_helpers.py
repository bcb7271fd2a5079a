import numpy as np

from nnutils.activations import sigmoid, sigmoid_gradient


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    """Neural net cost + gradient, same unrolling as the Octave version (Fortran order)."""
    split = hidden_layer_size * (input_layer_size + 1)
    theta1 = np.reshape(nn_params[:split], (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = np.reshape(nn_params[split:], (num_labels, hidden_layer_size + 1), order='F')

    m = len(X)
    ones = np.ones((m, 1))

    a1 = np.concatenate([ones, X], axis=1)
    z2 = a1 @ theta1.T
    a2 = np.concatenate([ones, sigmoid(z2)], axis=1)
    a3 = sigmoid(a2 @ theta2.T)

    # labels are 1..num_labels
    Y = np.eye(num_labels)[np.ravel(y).astype(int) - 1]

    cost = np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m
    penalty = np.sum(np.square(theta1[:, 1:])) + np.sum(np.square(theta2[:, 1:]))
    J = cost + lmbda / (2 * m) * penalty

    delta3 = a3 - Y
    delta2 = delta3 @ theta2[:, 1:] * sigmoid_gradient(z2)

    D1 = delta2.T @ a1 / m
    D2 = delta3.T @ a2 / m
    D1[:, 1:] = D1[:, 1:] + lmbda / m * theta1[:, 1:]
    D2[:, 1:] = D2[:, 1:] + lmbda / m * theta2[:, 1:]

    grad = np.concatenate([D1.flatten(order='F'), D2.flatten(order='F')])
    return J, grad
