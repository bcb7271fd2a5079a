import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    s = sigmoid(z)
    return s * (1 - s)


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, reg):
    theta1 = np.reshape(params[:hidden_size * (input_size + 1)], (hidden_size, input_size + 1), order='F')
    theta2 = np.reshape(params[hidden_size * (input_size + 1):], (num_labels, hidden_size + 1), order='F')

    m = X.shape[0]

    # one hot encode y
    y_onehot = pd.get_dummies(y.ravel()).values.astype(float)

    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1 @ theta1.T
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    z3 = a2 @ theta2.T
    h = sigmoid(z3)

    J = np.sum(y_onehot * np.log(h) + (1 - y_onehot) * np.log(1 - h)) / (-m)
    J += (reg / (2 * m)) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    d3 = h - y_onehot
    d2 = (d3 @ theta2[:, 1:]) * sigmoid_gradient(z2)

    delta1 = d2.T @ a1 / m
    delta2 = d3.T @ a2 / m

    grad = np.concatenate((delta1.ravel(order='F'), delta2.ravel(order='F')))
    grad = grad + (reg / m) * np.ravel(params)

    return J, grad
