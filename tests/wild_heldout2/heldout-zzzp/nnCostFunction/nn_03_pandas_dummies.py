import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, reg):
    # theta1 is hidden x (input+1), theta2 is labels x (hidden+1)
    split = hidden_layer_size * (input_layer_size + 1)
    theta1 = nn_params[:split].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = nn_params[split:].reshape((num_labels, hidden_layer_size + 1), order='F')

    m = len(X)

    # one hot encode the labels
    y_onehot = pd.get_dummies(y.flatten()).values

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1.dot(theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = a2.dot(theta2.T)
    h = sigmoid(z3)

    first = y_onehot * np.log(h)
    second = (1 - y_onehot) * np.log(1 - h)
    J = -np.sum(first + second) / m
    J = J + (reg / (2 * m)) * (np.sum(np.square(theta1[:, 1:])) + np.sum(np.square(theta2[:, 1:])))

    # backprop
    d3 = h - y_onehot
    d2 = d3.dot(theta2[:, 1:]) * sigmoid_gradient(z2)

    delta1 = d2.T.dot(a1)
    delta2 = d3.T.dot(a2)

    theta1_grad = delta1 / m + (reg / m) * theta1
    theta2_grad = delta2 / m
    theta2_grad[:, 1:] = theta2_grad[:, 1:] + (reg / m) * theta2[:, 1:]

    grad = np.concatenate((theta1_grad.flatten(order='F'), theta2_grad.flatten(order='F')))
    return J, grad
