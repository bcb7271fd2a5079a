import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, l):
    theta1 = nn_params[0:hidden_layer_size * (input_layer_size + 1)]
    theta1 = theta1.reshape((input_layer_size + 1, hidden_layer_size)).T
    theta2 = nn_params[hidden_layer_size * (input_layer_size + 1):]
    theta2 = theta2.reshape((hidden_layer_size + 1, num_labels)).T
    m = np.shape(X)[0]

    a1 = np.concatenate((np.ones((m, 1)), X), axis=1)
    z2 = a1.dot(theta1.T)
    a2 = np.concatenate((np.ones((m, 1)), sigmoid(z2)), axis=1)
    z3 = a2.dot(theta2.T)
    a3 = sigmoid(z3)

    # one hot labels
    p = np.zeros((m, num_labels))
    p[np.arange(m), y - 1] = 1

    j = np.sum(-p * np.log(a3) - (1 - p) * np.log(1 - a3)) / m
    # regularization
    reg = np.sum(np.power(theta1, 2)) + np.sum(np.power(theta2, 2))
    j += l / (2 * m) * reg

    # backpropagation
    d3 = a3 - p
    d2 = d3.dot(theta2[:, 1:]) * sigmoidGradient(z2)
    theta1_grad = d2.T.dot(a1) / m
    theta2_grad = d3.T.dot(a2) / m

    # don't regularize the bias column
    t1 = np.copy(theta1)
    t1[:, 0] = 0
    t2 = np.copy(theta2)
    t2[:, 0] = 0
    theta1_grad += l / m * t1
    theta2_grad += l / m * t2

    grad = np.concatenate((theta1_grad.T.ravel(), theta2_grad.T.ravel()))
    return j, grad
