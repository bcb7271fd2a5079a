import numpy as np
import pandas as pd

from utils.sigmoid import sigmoid, sigmoid_gradient


def nn_cost_function(params, input_size, hidden_size, num_labels, X, y, reg):
    """Cost and gradient for the 2 layer network, params unrolled like Theta(:)."""
    theta1 = np.reshape(params[:hidden_size * (input_size + 1)],
                        (hidden_size, input_size + 1), order='F')
    theta2 = np.reshape(params[hidden_size * (input_size + 1):],
                        (num_labels, hidden_size + 1), order='F')

    m = len(X)

    # one hot encoding of y
    y_onehot = pd.get_dummies(y.ravel()).values

    # feed forward
    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1.dot(theta1.T)
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    h = sigmoid(a2.dot(theta2.T))

    # cost
    J = -np.sum(y_onehot * np.log(h) + (1 - y_onehot) * np.log(1 - h)) / m
    J += reg / (2.0 * m) * (np.sum(np.square(theta1[:, 1:])) + np.sum(np.square(theta2[:, 1:])))

    # backprop
    d3 = h - y_onehot
    d2 = d3.dot(theta2[:, 1:]) * sigmoid_gradient(z2)

    grad1 = (d2.T.dot(a1) + reg * theta1) / m
    grad2 = (d3.T.dot(a2) + reg * theta2) / m

    grad = np.concatenate((grad1.ravel(order='F'), grad2.ravel(order='F')))
    return J, grad
