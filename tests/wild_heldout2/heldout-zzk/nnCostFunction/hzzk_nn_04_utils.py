import numpy as np

from utils.sigmoid import sigmoid
from utils.sigmoid_gradient import sigmoid_gradient


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    """Cost and gradient for the 2-layer neural network."""
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[n1:].reshape((num_labels, input_layer_size + 1), order='F')

    m = X.shape[0]
    y = y.ravel()

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = np.dot(a1, Theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = np.dot(a2, Theta2.T)
    a3 = sigmoid(z3)

    Y = np.zeros((m, num_labels))
    Y[np.arange(m), y - 1] = 1

    cost = np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m
    penalty = np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:]))
    J = cost + lmbda * penalty / (2 * m)

    d3 = a3 - Y
    d2 = np.dot(d3, Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = np.dot(d2.T, a1) / m
    Theta2_grad = np.dot(d3.T, a2) / m
    Theta1_grad[:, 1:] += lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')])
    return J, grad
