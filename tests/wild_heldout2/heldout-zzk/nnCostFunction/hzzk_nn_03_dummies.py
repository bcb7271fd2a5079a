import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = len(X)

    # feedforward
    X = np.column_stack((np.ones(m), X))
    z2 = X.dot(Theta1.T)
    a2 = np.column_stack((np.ones(m), sigmoid(z2)))
    a3 = sigmoid(a2.dot(Theta2.T))

    # recode the labels as vectors of 0/1
    Y = pd.get_dummies(y.flatten()).values

    J = -(1.0 / m) * np.sum(Y * np.log(a3) + (1 - Y) * np.log(1 - a3))
    J += (lmbda / (2.0 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    delta3 = a3 - Y
    delta2 = delta3.dot(Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = delta2.T.dot(X) / m
    Theta2_grad = delta3.T.dot(a2) / m
    Theta1_grad = Theta1_grad + (lmbda / m) * Theta1
    Theta2_grad = Theta2_grad + (lmbda / m) * Theta2

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad
