import numpy as np
import pandas as pd


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    # unroll Theta1 and Theta2 (Fortran order, like Octave)
    t1_size = hidden_layer_size * (input_layer_size + 1)
    theta1 = np.reshape(nn_params[:t1_size], (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = np.reshape(nn_params[t1_size:], (num_labels, hidden_layer_size + 1), order='F')

    m = len(X)

    # feed forward
    a1 = np.insert(X, 0, 1, axis=1)
    z2 = np.dot(a1, theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = np.dot(a2, theta2.T)
    h = sigmoid(z3)

    # one hot encoding of the labels
    y_d = np.array(pd.get_dummies(y.flatten()), dtype=float)

    cost = np.sum(-y_d * np.log(h) - (1 - y_d) * np.log(1 - h)) / m
    cost += reg / (2 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    # backprop
    d3 = h - y_d
    d2 = np.dot(d3, theta2[:, 1:]) * sigmoid(z2) * (1 - sigmoid(z2))

    D1 = np.dot(d2.T, a1) / m + reg / m * theta1
    D2 = np.dot(d3.T, a2) / m + reg / m * theta2

    grad = np.concatenate((D1.flatten(order='F'), D2.flatten(order='F')))
    return cost, grad
