import numpy as np

from utils.sigmoid import sigmoid


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lamb):
    """Cost and gradient for the 2 layer neural network (ex4)."""
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:t1_size].reshape(input_layer_size + 1, hidden_layer_size).T
    Theta2 = nn_params[t1_size:].reshape(hidden_layer_size + 1, num_labels).T

    m = X.shape[0]

    # y: (m, 1) labels 1..K -> (m, K) with broadcasting
    Y = (y == np.arange(1, num_labels + 1)).astype(float)

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = np.dot(a1, Theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = np.dot(a2, Theta2.T)
    a3 = sigmoid(z3)

    J = np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m
    reg = np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2)
    J = J + lamb * reg / (2 * m)

    # backpropagation
    d3 = a3 - Y
    d2 = np.dot(d3, Theta2[:, 1:]) * (z2 * (1 - z2))

    Theta1_grad = np.dot(d2.T, a1) / m
    Theta2_grad = np.dot(d3.T, a2) / m
    Theta1_grad[:, 1:] += lamb / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lamb / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.T.ravel(), Theta2_grad.T.ravel()))
    return J, grad
