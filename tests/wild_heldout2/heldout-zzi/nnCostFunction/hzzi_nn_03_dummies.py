import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    g = sigmoid(z)
    return g * (1 - g)


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, reg):
    # unroll the parameters (Octave is column major)
    theta1 = np.reshape(params[:hidden_size * (input_size + 1)], (hidden_size, input_size + 1), order='F')
    theta2 = np.reshape(params[hidden_size * (input_size + 1):], (num_labels, hidden_size + 1), order='F')

    m = X.shape[0]
    X = np.insert(X, 0, values=np.ones(m), axis=1)

    # feed forward
    z2 = X @ theta1.T
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    h = sigmoid(a2 @ theta2.T)

    y_onehot = pd.get_dummies(y.ravel()).values

    J = -np.sum(y_onehot * np.log(h) + (1 - y_onehot) * np.log(1 - h)) / m
    J += reg / (2 * m) * (np.sum(np.power(theta1[:, 1:], 2)) + np.sum(np.power(theta2[:, 1:], 2)))

    # back propagation
    d3 = h - y_onehot
    d2 = (d3 @ theta2[:, 1:]) * sigmoid_gradient(z2)

    delta1 = d2.T @ X
    delta2 = d3.T @ a2

    theta1_grad = delta1 / m + (reg / m) * theta1
    theta2_grad = delta2 / m + (reg / m) * theta2

    grad = np.concatenate((np.ravel(theta1_grad, order='F'), np.ravel(theta2_grad, order='F')))
    return J, grad
