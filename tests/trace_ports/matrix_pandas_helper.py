"""nnCostFunction with np.matrix, a pandas one-hot, a forward() helper and no casts."""
import numpy as np
import pandas as pd


def forward(X, Theta1, Theta2):
    m = X.shape[0]
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 * Theta1.T
    a2 = np.hstack((np.ones((m, 1)), 1 / (1 + np.exp(-z2))))
    a3 = 1 / (1 + np.exp(-(a2 * Theta2.T)))
    return a1, z2, a2, a3


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    X = np.matrix(X)
    Theta1 = np.matrix(np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)], (hidden_layer_size, input_layer_size + 1), order="F"))
    Theta2 = np.matrix(np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):], (num_labels, hidden_layer_size + 1), order="F"))
    m = X.shape[0]
    a1, z2, a2, a3 = forward(X, Theta1, Theta2)
    Y = np.matrix(pd.get_dummies(pd.Series(np.asarray(y).ravel()).astype(pd.CategoricalDtype(range(1, num_labels + 1)))).values.astype(float))
    J = np.sum(np.multiply(-Y, np.log(a3)) - np.multiply(1 - Y, np.log(1 - a3))) / m
    J += lambda_ / (2 * m) * (np.sum(np.power(Theta1, 2)) + np.sum(np.power(Theta2[:, 1:], 2)))   # MISTAKE: Theta1[:, 1:]
    d3 = a3 - Y
    gz2 = np.multiply(1 / (1 + np.exp(-z2)), 1 - 1 / (1 + np.exp(-z2)))
    d2 = np.multiply(d3 * Theta2[:, 1:], gz2)
    Theta1_grad = d2.T * a1 / m
    Theta2_grad = d3.T * a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]
    grad = np.concatenate((np.ravel(Theta1_grad, order="F"), np.ravel(Theta2_grad, order="F")))
    return J, grad
