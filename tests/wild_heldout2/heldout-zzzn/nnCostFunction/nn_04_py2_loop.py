# -*- coding: utf-8 -*-
# ex4 - neural network cost and gradient (loop version, like the ex4 pdf)
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoidGradient(z):
    g = sigmoid(z)
    return g * (1.0 - g)


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    nn_params = nn_params.reshape(-1, 1)
    Theta1 = np.reshape(nn_params[:hidden_layer_size * (input_layer_size + 1)],
                        (hidden_layer_size, input_layer_size + 1), order='F')
    Theta2 = np.reshape(nn_params[hidden_layer_size * (input_layer_size + 1):],
                        (num_labels, hidden_layer_size + 1), order='F')

    m = X.shape[0]
    y = y.flatten()
    J = 0.0
    Delta1 = np.zeros(Theta1.shape)
    Delta2 = np.zeros(Theta2.shape)

    for t in xrange(m):
        a1 = np.vstack(([[1.0]], X[t, :].reshape(-1, 1)))
        z2 = Theta1.dot(a1)
        a2 = np.vstack(([[1.0]], sigmoid(z2)))
        z3 = Theta2.dot(a2)
        a3 = sigmoid(z3)

        yk = np.zeros((num_labels, 1))
        yk[int(y[t]) - 1] = 1.0

        J += np.sum(-yk * np.log(a3) - (1.0 - yk) * np.log(1.0 - a3))

        d3 = a3 - yk
        d2 = Theta2[:, 1:].T.dot(d3) * sigmoidGradient(a2[1:])

        Delta1 += d2.dot(a1.T)
        Delta2 += d3.dot(a2.T)

    J = J / m
    J += lmbda / (2.0 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))

    Theta1_grad = Delta1 / m
    Theta2_grad = Delta2 / m
    Theta1_grad[:, 1:] += lmbda / float(m) * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lmbda / float(m) * Theta2[:, 1:]

    grad = np.concatenate((Theta1_grad.ravel(order='F'), Theta2_grad.ravel(order='F')))
    return J, grad


if __name__ == '__main__':
    import scipy.io
    data = scipy.io.loadmat('ex4data1.mat')
    w = scipy.io.loadmat('ex4weights.mat')
    params = np.concatenate((w['Theta1'].ravel(order='F'), w['Theta2'].ravel(order='F')))
    J, grad = nnCostFunction(params, 400, 25, 10, data['X'], data['y'], 1)
    print 'Cost at parameters (loaded from ex4weights): %f' % J
