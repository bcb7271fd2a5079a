import numpy as np
import pandas as pd


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:t1_size].reshape(input_layer_size + 1, hidden_layer_size).T
    Theta2 = nn_params[t1_size:].reshape(hidden_layer_size + 1, num_labels).T

    m = len(X)

    # one hot encode labels
    Y = pd.get_dummies(y.flatten()).values

    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    z3 = a2 @ Theta2.T
    h = sigmoid(z3)

    cost = -(Y * np.log(h) + (1 - Y) * np.log(1 - h)).sum() / m
    reg = lmbda / (2 * m) * ((Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum())
    J = cost + reg

    delta3 = h - Y
    delta2 = (delta3 @ Theta2)[:, 1:] * sigmoid_gradient(z2)

    D1 = delta2.T @ a1 / m
    D2 = delta3.T @ a2 / m
    D1, D2 = D1 + lmbda / m * Theta1, D2 + lmbda / m * Theta2

    grad = np.concatenate((D1.T.ravel(), D2.T.ravel()))
    return J, grad
