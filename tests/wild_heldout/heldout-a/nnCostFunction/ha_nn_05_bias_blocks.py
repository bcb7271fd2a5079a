# ex4 - neural network cost + backprop
# X is passed in WITH the column of ones already prepended (done once in the
# main script, see bottom), y straight from loadmat (m x 1, values 1..10).

import numpy as np


def g(z):
    return 1.0 / (1.0 + np.exp(-z))


def g_prime(z):
    return g(z) * (1.0 - g(z))


def roll(params, input_layer_size, hidden_layer_size, num_labels):
    n1 = hidden_layer_size * (input_layer_size + 1)
    T1 = params[:n1].reshape((hidden_layer_size, input_layer_size + 1), order='F')
    T2 = params[n1:].reshape((num_labels, hidden_layer_size + 1), order='F')
    return T1, T2


def nnCostFunction(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lmbda):
    T1, T2 = roll(nn_params, input_layer_size, hidden_layer_size, num_labels)
    m = X.shape[0]

    # y (m,1) == [1..K] -> (m,K) boolean one-hot
    Y = (y == np.arange(1, num_labels + 1)).astype(float)

    a1 = X                                   # already has bias
    z2 = a1.dot(T1.T)
    a2 = np.c_[np.ones(m), g(z2)]
    h = g(a2.dot(T2.T))

    J = (-1.0 / m) * np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h))
    J = J + lmbda / (2.0 * m) * (np.sum(T1[:, 1:] ** 2) + np.sum(T2[:, 1:] ** 2))

    d3 = h - Y
    d2 = d3.dot(T2[:, 1:]) * g_prime(z2)

    T1_grad = d2.T.dot(a1) / m
    T2_grad = d3.T.dot(a2) / m
    T1_grad[:, 1:] += (lmbda / m) * T1[:, 1:]
    T2_grad[:, 1:] += (lmbda / m) * T2[:, 1:]

    return J, T1_grad, T2_grad


if __name__ == '__main__':
    import scipy.io as sio
    d = sio.loadmat('ex4data1.mat')
    w = sio.loadmat('ex4weights.mat')
    X = np.c_[np.ones(d['X'].shape[0]), d['X']]
    params = np.r_[w['Theta1'].ravel(order='F'), w['Theta2'].ravel(order='F')]
    J, G1, G2 = nnCostFunction(params, 400, 25, 10, X, d['y'], 1.0)
    print('cost', J)
