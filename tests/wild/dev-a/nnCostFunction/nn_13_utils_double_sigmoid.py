import numpy as np
from utils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    t1_len = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:t1_len].reshape(hidden_layer_size, input_layer_size + 1, order='F')
    Theta2 = nn_params[t1_len:].reshape(num_labels, hidden_layer_size + 1, order='F')

    m = len(y)
    Y = (np.arange(1, num_labels + 1) == y.reshape(m, 1)).astype(float)

    # forward pass
    a1 = np.hstack([np.ones((m, 1)), X])
    a2 = sigmoid(a1 @ Theta1.T)
    a2 = np.hstack([np.ones((m, 1)), a2])
    a3 = sigmoid(a2 @ Theta2.T)

    J = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    J = J + Lambda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backward pass
    d3 = a3 - Y
    d2 = (d3 @ Theta2[:, 1:]) * sigmoid_gradient(a2[:, 1:])

    Theta1_grad = d2.T @ a1 / m
    Theta2_grad = d3.T @ a2 / m
    Theta1_grad[:, 1:] += Lambda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += Lambda / m * Theta2[:, 1:]

    return J, np.concatenate([Theta1_grad.flatten('F'), Theta2_grad.flatten('F')])
