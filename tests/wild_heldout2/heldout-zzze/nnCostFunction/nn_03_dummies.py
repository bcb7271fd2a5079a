import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # unroll the parameters (matlab is column major)
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')

    m = len(X)

    # feedforward
    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ Theta1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)

    # one hot encoding of y
    y_d = pd.get_dummies(y.flatten()).values.astype(float)

    J = np.sum(-y_d * np.log(a3) - (1 - y_d) * np.log(1 - a3)) / m
    J = J + Lambda / (2 * m) * (np.sum(Theta1 ** 2) + np.sum(Theta2 ** 2))

    # backprop
    delta3 = a3 - y_d
    delta2 = delta3 @ Theta2[:, 1:] * sigmoidGradient(z2)

    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m

    Theta1_grad[:, 1:] += Lambda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += Lambda / m * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')])
    return J, grad
