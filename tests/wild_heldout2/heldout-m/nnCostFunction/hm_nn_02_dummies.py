import numpy as np
import pandas as pd


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z):
    g = sigmoid(z)
    return g * (1 - g)


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    """Regularized cost and gradient of the 2-layer network (ex4)."""
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:t1_size].reshape((input_layer_size + 1, hidden_layer_size)).T
    Theta2 = nn_params[t1_size:].reshape((hidden_layer_size + 1, num_labels)).T

    m = len(X)

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ Theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    a3 = sigmoid(a2 @ Theta2.T)

    # one hot encoding of the labels
    Y = pd.get_dummies(np.ravel(y)).values

    cost = -np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)) / m
    penalty = (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:]))) * lambda_ / (2 * m)
    J = cost + penalty

    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2)[:, 1:] * sigmoid_gradient(z2)

    D1 = delta2.T @ a1 / m
    D2 = delta3.T @ a2 / m
    D1[:, 1:] = D1[:, 1:] + (lambda_ / m) * Theta1[:, 1:]
    D2 = D2 + (lambda_ / m) * Theta2

    grad = np.concatenate([D1.T.ravel(), D2.T.ravel()])
    return J, grad
