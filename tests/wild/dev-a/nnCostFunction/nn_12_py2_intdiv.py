import numpy as np
from numpy import log


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1 - g)


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lamda):
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = nn_params[n1:].reshape((num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    y = y.ravel()

    # recode the labels as vectors of 0s and 1s
    Y = np.zeros((m, num_labels))
    for i in xrange(m):
        Y[i, y[i] - 1] = 1

    a1 = np.hstack((np.ones((m, 1)), X))
    z2 = np.dot(a1, Theta1.T)
    a2 = np.hstack((np.ones((m, 1)), sigmoid(z2)))
    z3 = np.dot(a2, Theta2.T)
    a3 = sigmoid(z3)

    J = -np.sum(Y * log(a3) + (1 - Y) * log(1 - a3)) / float(m)

    # regularization
    reg_coef = lamda / m
    J = J + reg_coef / 2 * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))
    print "cost:", J

    delta3 = a3 - Y
    delta2 = np.dot(delta3, Theta2[:, 1:]) * sigmoidGradient(z2)

    Theta1_grad = np.dot(delta2.T, a1) / float(m)
    Theta2_grad = np.dot(delta3.T, a2) / float(m)
    Theta1_grad[:, 1:] += reg_coef * Theta1[:, 1:]
    Theta2_grad[:, 1:] += reg_coef * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.flatten(order='F'), Theta2_grad.flatten(order='F')))
    return J, grad
