# ex4 - neural network cost, loop version (one example at a time)
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    return np.multiply(sigmoid(z), 1 - sigmoid(z))


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, Lambda):
    n1 = hidden_layer_size * (input_layer_size + 1)
    Theta1 = np.matrix(np.reshape(nn_params[:n1], (hidden_layer_size, input_layer_size + 1), order='F'))
    Theta2 = np.matrix(np.reshape(nn_params[n1:], (num_labels, hidden_layer_size + 1), order='F'))

    X = np.matrix(X)
    m = X.shape[0]

    J = 0.0
    Theta1_grad = np.matrix(np.zeros(Theta1.shape))
    Theta2_grad = np.matrix(np.zeros(Theta2.shape))

    for t in xrange(m):
        a1 = np.matrix(np.append(1.0, X[t, :].A1)).T
        z2 = Theta1 * a1
        a2 = np.vstack((np.matrix([[1.0]]), sigmoid(z2)))
        z3 = Theta2 * a2
        a3 = sigmoid(z3)

        yk = np.matrix(np.zeros((num_labels, 1)))
        yk[int(y.flat[t]) - 1] = 1.0

        J = J - (yk.T * np.log(a3) + (1 - yk).T * np.log(1 - a3))[0, 0]

        d3 = a3 - yk
        d2 = np.multiply(Theta2[:, 1:].T * d3, sigmoidGradient(a2[1:]))

        Theta2_grad = Theta2_grad + d3 * a2.T
        Theta1_grad = Theta1_grad + d2 * a1.T

    J = J / m
    J = J + Lambda / (2.0 * m) * (np.sum(np.power(Theta1[:, 1:], 2)) + np.sum(np.power(Theta2[:, 1:], 2)))

    Theta1_grad = Theta1_grad / m
    Theta2_grad = Theta2_grad / m
    Theta1_grad[:, 1:] = Theta1_grad[:, 1:] + (Lambda / float(m)) * Theta1[:, 1:]
    Theta2_grad[:, 1:] = Theta2_grad[:, 1:] + (Lambda / float(m)) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.A.ravel(order='F'), Theta2_grad.A.ravel(order='F')))

    print "Cost: %f" % J
    return J, grad
