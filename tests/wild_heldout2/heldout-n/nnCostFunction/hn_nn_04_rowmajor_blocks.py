import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def unpack(params, n_in, n_hidden, K):
    # params were packed with np.concatenate([T1.ravel(), T2.ravel()]) in train.py
    t1 = params[:n_hidden * (n_in + 1)].reshape(n_hidden, n_in + 1)
    t2 = params[n_hidden * (n_in + 1):].reshape(K, n_hidden + 1)
    return t1, t2


def nn_cost_function(params, n_in, n_hidden, K, X, y, reg):
    """returns J, dTheta1, dTheta2 (same packing as unpack())"""
    t1, t2 = unpack(params, n_in, n_hidden, K)
    m = len(X)
    y = y.flatten()

    Y = np.zeros((m, K))
    for k in range(1, K + 1):
        Y[:, k - 1] = (y == k)

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = a1 @ t1.T
    a2 = np.insert(sigmoid(z2), 0, 1, axis=1)
    a3 = sigmoid(a2 @ t2.T)

    cost = -(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)).sum() / m
    cost += reg / (2 * m) * ((t1[:, 1:] ** 2).sum() + (t2[:, 1:] ** 2).sum())

    err3 = a3 - Y
    err2 = (err3 @ t2)[:, 1:] * sigmoid(z2) * (1 - sigmoid(z2))

    d1 = err2.T @ a1 / m
    d2 = err3.T @ a2 / m
    d1[:, 1:] += reg / m * t1[:, 1:]
    d2[:, 1:] += reg / m * t2[:, 1:]
    return cost, d1, d2
