import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return np.multiply(sigmoid(z), 1 - sigmoid(z))


def nn_cost_function(params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    # unroll the weights (MATLAB order)
    theta1 = np.reshape(params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = np.reshape(params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = X.shape[0]

    # one hot encoding of y
    y_onehot = pd.get_dummies(y.ravel()).values.astype(float)

    a1 = np.insert(X, 0, values=np.ones(m), axis=1)
    z2 = a1.dot(theta1.T)
    a2 = np.insert(sigmoid(z2), 0, values=np.ones(m), axis=1)
    z3 = a2.dot(theta2.T)
    h = sigmoid(z3)

    first = np.multiply(-y_onehot, np.log(h))
    second = np.multiply(1 - y_onehot, np.log(1 - h))
    J = np.sum(first - second) / m

    # regularization
    J += (float(reg) / (2 * m)) * (np.sum(np.power(theta1, 2)) + np.sum(np.power(theta2, 2)))

    # backprop
    d3 = h - y_onehot
    d2 = np.multiply(d3.dot(theta2[:, 1:]), sigmoid_gradient(z2))

    delta1 = d2.T.dot(a1) / m
    delta2 = d3.T.dot(a2) / m
    delta1[:, 1:] = delta1[:, 1:] + (theta1[:, 1:] * reg) / m
    delta2[:, 1:] = delta2[:, 1:] + (theta2[:, 1:] * reg) / m

    grad = np.concatenate((np.ravel(delta1, order='F'), np.ravel(delta2, order='F')))
    return J, grad
