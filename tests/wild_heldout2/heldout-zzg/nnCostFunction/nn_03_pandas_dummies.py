import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = len(X)

    # one hot encode y
    y_onehot = pd.get_dummies(y.ravel()).values

    # feedforward
    a1 = np.insert(X, 0, 1, axis=1)
    z2 = np.dot(a1, theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = np.dot(a2, theta2.T)
    h = sigmoid(z3)

    cost = -np.sum(y_onehot * np.log(h) + (1 - y_onehot) * np.log(1 - h)) / m
    reg = (lmbda / (2 * m)) * (np.sum(theta1 ** 2) + np.sum(theta2 ** 2))
    J = cost + reg

    # backprop
    d3 = h - y_onehot
    d2 = np.dot(d3, theta2[:, 1:]) * sigmoid_gradient(z2)

    theta1_grad = np.dot(d2.T, a1) / m
    theta2_grad = np.dot(d3.T, a2) / m
    theta1_grad[:, 1:] += (lmbda / m) * theta1[:, 1:]
    theta2_grad[:, 1:] += (lmbda / m) * theta2[:, 1:]

    grad = np.concatenate((theta1_grad.flatten('F'), theta2_grad.flatten('F')))
    return J, grad
