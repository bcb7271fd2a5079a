import numpy as np
import pandas as pd
from scipy.special import expit


def sigmoid_grad(z):
    return expit(z) * (1 - expit(z))


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = X.shape[0]

    # one hot encoding of the labels
    y_d = pd.get_dummies(y.ravel()).values.astype(float)

    # feedforward
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1 @ theta1.T
    a2 = np.hstack((np.ones((m, 1)), expit(z2)))
    h = expit(a2 @ theta2.T)

    cost = np.sum(-y_d * np.log(h) - (1 - y_d) * np.log(1 - h)) / m

    reg = lmbda / (2 * m)
    cost += reg * (np.sum(theta1[:, 1:] ** 2) + np.sum(theta2[:, 1:] ** 2))

    # backprop
    d3 = h - y_d
    d2 = (d3 @ theta2[:, 1:]) * sigmoid_grad(z2)
    theta1_grad = (d2.T @ a1) / m
    theta2_grad = (d3.T @ a2) / m

    for g, t in ((theta1_grad, theta1), (theta2_grad, theta2)):
        g[:, 1:] += reg * t[:, 1:]

    grad = np.concatenate((theta1_grad.ravel(order='F'), theta2_grad.ravel(order='F')))
    return cost, grad
