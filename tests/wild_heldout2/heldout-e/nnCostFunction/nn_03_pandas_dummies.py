import numpy as np
import pandas as pd


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # unroll params (Octave is column major -> order='F')
    Theta1 = nn_params[0:hidden_layer_size * (input_layer_size + 1)].reshape(
        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]

    # feedforward
    a1 = np.insert(X, 0, 1, axis=1)
    z2 = np.dot(a1, Theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = np.dot(a2, Theta2.T)
    a3 = sigmoid(z3)

    # recode labels as vectors of 0s and 1s
    y_matrix = pd.get_dummies(y.ravel()).values

    J = -np.sum(y_matrix * np.log(a3) + (1 - y_matrix) * np.log(1 - a3)) / m
    J += Lambda / (2 * m) * (np.sum(Theta1 ** 2) + np.sum(Theta2 ** 2))

    # backprop
    d3 = a3 - y_matrix
    d2 = np.dot(d3, Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = np.dot(d2.T, a1) / m
    Theta2_grad = np.dot(d3.T, a2) / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + Lambda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + Lambda / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad
