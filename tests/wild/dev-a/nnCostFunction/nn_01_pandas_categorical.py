import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_gradient(z):
    g = sigmoid(z)
    return g * (1 - g)


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    # matlab unrolls column by column, so reshape with order='F'
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:split].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[split:].reshape((num_labels, hidden_layer_size + 1), order='F')

    m = len(X)

    # one-hot encoding of y with pandas. The categories are given explicitly
    # so a digit that never appears in y still gets its (all zero) column
    labels = pd.Categorical(np.ravel(y), categories=range(1, num_labels + 1))
    Y = pd.get_dummies(labels).values.astype(float)

    # feedforward
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1.dot(Theta1.T)
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    cost = pd.DataFrame(-Y * np.log(h) - (1 - Y) * np.log(1 - h))
    J = cost.sum().sum() / m
    J += lmbda / (2 * m) * ((Theta1[:, 1:] ** 2).sum() + (Theta2[:, 1:] ** 2).sum())

    # backprop
    d3 = h - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m
    Theta1_grad[:, 1:] += lmbda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')])
    return J, grad
