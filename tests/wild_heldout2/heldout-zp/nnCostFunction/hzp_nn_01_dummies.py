# ex4 - neural network cost function (feedforward + backprop)
import numpy as np
import pandas as pd

from utils.sigmoid import sigmoid
from utils.sigmoid_gradient import sigmoid_gradient


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    # unroll the parameters back into the two weight matrices (Octave is column major)
    split = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.reshape(nn_params[:split], (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[split:], (num_labels, input_layer_size + 1), order='F')

    m = X.shape[0]

    # feedforward
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1.dot(Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    # recode the labels as vectors of 0/1
    Y = pd.get_dummies(y.flatten()).values

    J = -np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h)) / m
    J += Lambda / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    d3 = h - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T.dot(a1) / m
    Theta2_grad = d3.T.dot(a2) / m

    Theta1_grad[:, 1:] += Lambda / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += Lambda / m * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad
