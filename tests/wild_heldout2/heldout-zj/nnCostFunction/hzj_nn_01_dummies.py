# ex4 - neural network cost function (feedforward + backprop)
# labels come straight from loadmat('ex4data1.mat')['y'], shape (5000, 1)

import numpy as np
import pandas as pd

from utils.sigmoid import sigmoid
from utils.sigmoid_gradient import sigmoid_gradient


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels,
                   X, y, lmbda):
    # unroll the thetas (matlab is column major so use order F)
    t1_size = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:t1_size].reshape(hidden_layer_size, input_layer_size + 1, order='F')
    Theta2 = nn_params[t1_size:].reshape(num_labels, hidden_layer_size + 1, order='F')

    m = X.shape[0]

    # one hot encode y -> (m, num_labels)
    Y = pd.get_dummies(y.flatten()).values

    # forward pass
    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = a1.dot(Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = a2.dot(Theta2.T)
    h = sigmoid(z3)

    J = (-1.0 / m) * np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h))
    J += (lmbda / (2.0 * m)) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backprop
    d3 = h - Y
    d2 = d3.dot(Theta2[:, 1:]) * sigmoid_gradient(z2)

    Theta1_grad = d2.T.dot(a1) / m + (lmbda / m) * Theta1
    Theta2_grad = d3.T.dot(a2) / m + (lmbda / m) * Theta2

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad
