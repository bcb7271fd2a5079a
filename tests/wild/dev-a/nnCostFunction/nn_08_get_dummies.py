import numpy as np
import pandas as pd
from scipy.special import expit


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')
    m = X.shape[0]

    # y -> one hot matrix (5000 x 10)
    Y = pd.get_dummies(y.flatten()).values

    X = np.c_[np.ones(m), X]
    a2 = expit(X.dot(Theta1.T))
    a2 = np.c_[np.ones(m), a2]
    h = expit(a2.dot(Theta2.T))

    J = -(1 / m) * np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h))
    J = J + (lambda_ / (2 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    d3 = h - Y
    z2 = X.dot(Theta1.T)
    d2 = d3.dot(Theta2[:, 1:]) * expit(z2) * (1 - expit(z2))

    Theta1_grad = (1 / m) * d2.T.dot(X)
    Theta2_grad = (1 / m) * d3.T.dot(a2)
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (lambda_ / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (lambda_ / m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten('F'), Theta2_grad.flatten('F')))
    return J, grad
