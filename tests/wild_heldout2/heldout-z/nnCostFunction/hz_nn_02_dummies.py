import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    t1_size = hidden_layer_size * (input_layer_size + 1)
    theta1 = nn_params[:t1_size].reshape(input_layer_size + 1, hidden_layer_size).T
    theta2 = nn_params[t1_size:].reshape(hidden_layer_size + 1, num_labels).T

    m = len(X)

    # one hot encode the labels
    Y = pd.get_dummies(y.ravel()).values.astype(float)

    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2 @ theta2.T
    a3 = sigmoid(z3)

    cost = np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m
    cost = cost + reg / (2 * m) * (np.sum(theta1 ** 2) + np.sum(theta2[:, 1:] ** 2))

    delta3 = a3 - Y
    delta2 = (delta3 @ theta2)[:, 1:] * sigmoid_gradient(z2)

    grad1 = delta2.T @ a1 / m
    grad2 = delta3.T @ a2 / m
    grad1[:, 1:] += reg / m * theta1[:, 1:]
    grad2[:, 1:] += reg / m * theta2[:, 1:]

    return cost, np.concatenate((grad1.T.ravel(), grad2.T.ravel()))
