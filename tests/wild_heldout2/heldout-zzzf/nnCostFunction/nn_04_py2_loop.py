import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return sigmoid(z) * (1.0 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = nn_params[:n1].reshape((input_layer_size + 1, hidden_layer_size)).T
    Theta2 = nn_params[n1:].reshape((hidden_layer_size + 1, num_labels)).T

    m = X.shape[0]
    y = y.flatten()

    # recode the labels as vectors of 0s and 1s
    Y = np.zeros((m, num_labels))
    for i in xrange(m):
        Y[i, y[i] - 1] = 1

    a1 = np.column_stack((np.ones(m), X))
    a2 = np.column_stack((np.ones(m), sigmoid(a1.dot(Theta1.T))))
    a3 = sigmoid(a2.dot(Theta2.T))

    J = np.sum(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m
    J = J + Lambda / (2.0 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    # backpropagation, one example at a time
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)
    for t in xrange(1, m):
        a1t = a1[t, :]
        a2t = a2[t, :]
        a3t = a3[t, :]
        d3 = a3t - Y[t, :]
        d2 = Theta2.T.dot(d3)[1:] * sigmoidGradient(a2t[1:])
        Delta1 = Delta1 + np.outer(d2, a1t)
        Delta2 = Delta2 + np.outer(d3, a2t)

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / float(m)) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / float(m)) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.T.flatten(), Theta2_grad.T.flatten()))

    print "cost:", J
    return J, grad
