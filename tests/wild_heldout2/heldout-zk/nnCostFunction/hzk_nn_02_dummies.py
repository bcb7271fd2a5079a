import numpy as np
import pandas as pd
from scipy.special import expit


def sigmoid_gradient(z):
    return expit(z) * (1 - expit(z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    """Regularized cost + gradient of the 2 layer network (ex4)."""
    theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = len(X)

    # one hot encode y with pandas
    y_onehot = pd.get_dummies(y.ravel()).values

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ theta1.T
    a2 = np.insert(expit(z2), 0, 1, axis=1)
    h = expit(a2 @ theta2.T)

    cost = -np.sum(y_onehot * np.log(h) + (1 - y_onehot) * np.log(1 - h)) / m
    cost = cost + lmbda / m * (np.sum(np.square(theta1[:, 1:])) + np.sum(np.square(theta2[:, 1:])))

    delta3 = h - y_onehot
    delta2 = (delta3 @ theta2[:, 1:]) * sigmoid_gradient(z2)

    D1 = (delta2.T @ a1) / m
    D2 = (delta3.T @ a2) / m
    D1[:, 1:] = D1[:, 1:] + lmbda / m * theta1[:, 1:]
    D2[:, 1:] = D2[:, 1:] + lmbda / m * theta2[:, 1:]

    grad = np.concatenate([D1.flatten(order='F'), D2.flatten(order='F')])
    return cost, grad
