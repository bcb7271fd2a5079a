import numpy as np
import pandas as pd
from scipy.special import expit


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]

    # one hot encode the labels
    Y = pd.get_dummies(y.ravel()).values.astype(float)

    # feedforward
    a1 = np.c_[np.ones(m), X]
    z2 = a1 @ Theta1.T
    a2 = np.c_[np.ones(m), expit(z2)]
    z3 = a2 @ Theta2.T
    a3 = expit(z3)

    J = (1 / m) * np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3))
    J = J + (Lambda / (2 * m)) * (np.sum(np.square(Theta1[:, 1:])) + np.sum(np.square(Theta2[:, 1:])))

    # backprop
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2[:, 1:]) * expit(z2) * (1 - expit(z2))

    Theta1_grad = (delta2.T @ a1) / m
    Theta2_grad = (delta3.T @ a2) / m

    Theta1_grad[:, 1:] += (Lambda / m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += (Lambda / m) * Theta2[:, 1:]

    grad = np.concatenate([Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')])
    return J, grad
