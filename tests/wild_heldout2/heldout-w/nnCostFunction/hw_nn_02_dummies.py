import numpy as np
import pandas as pd


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, reg):
    # params -> the two weight matrices (column-major, same as matlab)
    theta1 = params[:hidden_size * (input_size + 1)].reshape(hidden_size, input_size + 1, order='F')
    theta2 = params[hidden_size * (input_size + 1):].reshape(num_labels, hidden_size + 1, order='F')

    m = len(X)
    ones = np.ones((m, 1))

    a1 = np.hstack((ones, X))
    z2 = a1 @ theta1.T
    a2 = np.hstack((ones, sigmoid(z2)))
    z3 = a2 @ theta2.T
    h = sigmoid(z3)

    # one hot encode the labels
    y_d = pd.get_dummies(y.ravel()).values.astype(float)

    cost = np.sum(-y_d * np.log(h) - (1 - y_d) * np.log(1 - h)) / m
    cost += reg / (2 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    # backprop
    d3 = h - y_d
    d2 = (d3 @ theta2[:, 1:]) * sigmoid_gradient(z2)
    D1 = d2.T @ a1 / m
    D2 = d3.T @ a2 / m
    D1[:, 1:] = D1[:, 1:] + reg / m * theta1[:, 1:]
    D2[:, 1:] = D2[:, 1:] + reg / m * theta2[:, 1:]

    grad = np.concatenate((D1.flatten(order='F'), D2.flatten(order='F')))
    return cost, grad
