# ex4 neural network - cost and backprop with an explicit loop over examples
import numpy as np
from numpy import log


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    Theta1 = nn_params[0:hidden_layer_size * (input_layer_size + 1)].reshape(
        (input_layer_size + 1, hidden_layer_size)).T
    Theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):].reshape(
        (hidden_layer_size + 1, num_labels)).T

    m, n = X.shape
    y = y.flatten()

    J = 0.0
    Theta1_grad = np.zeros(Theta1.shape)
    Theta2_grad = np.zeros(Theta2.shape)

    for t in xrange(1, m):
        a1 = np.hstack(([1.0], X[t, :]))
        z2 = Theta1.dot(a1)
        a2 = np.hstack(([1.0], sigmoid(z2)))
        z3 = Theta2.dot(a2)
        a3 = sigmoid(z3)

        yk = np.zeros(num_labels)
        yk[y[t] - 1] = 1

        J += np.sum(-yk * log(a3) - (1 - yk) * log(1 - a3))

        delta3 = a3 - yk
        delta2 = Theta2[:, 1:].T.dot(delta3) * sigmoidGradient(z2)

        Theta2_grad += np.outer(delta3, a2)
        Theta1_grad += np.outer(delta2, a1)

    J = J / m
    J += Lambda / m * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Theta1_grad / m
    Theta2_grad = Theta2_grad / m
    Theta1_grad[:, 1:] += Lambda / float(m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += Lambda / float(m) * Theta2[:, 1:]

    print "cost:", J
    grad = np.hstack((Theta1_grad.T.ravel(), Theta2_grad.T.ravel()))
    return J, grad
