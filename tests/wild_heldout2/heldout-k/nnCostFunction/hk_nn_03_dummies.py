import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = len(X)

    # one hot encoding of the labels
    Y = pd.get_dummies(y.ravel(), dtype=float).values

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = a2 @ theta2.T
    h = sigmoid(z3)

    cost = np.sum(-Y * np.log(h) - (1 - Y) * np.log(1 - h)) / m
    cost += reg / (2 * m) * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    delta3 = h - Y
    delta2 = delta3 @ theta2[:, 1:] * sigmoid_gradient(z2)

    grad1 = delta2.T @ a1 / m
    grad2 = delta3.T @ a2 / m
    grad1[:, 1:] += reg / m * theta1[:, 1:]
    grad2[:, 1:] += reg / m * theta2[:, 1:]

    grad = np.concatenate([grad1.flatten(order='F'), grad2.flatten(order='F')])
    return cost, grad
