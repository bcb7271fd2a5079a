import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def unpack(params, n_in, n_hid, n_out):
    # thetas are stored row by row (numpy's own flatten), see pack()
    t1 = params[:n_hid * (n_in + 1)].reshape(n_hid, n_in + 1)
    t2 = params[n_hid * (n_in + 1):].reshape(n_out, n_hid + 1)
    return t1, t2


def pack(t1, t2):
    return np.concatenate((t1.flatten(), t2.flatten()))


def nn_cost_function(params, n_in, n_hid, n_out, X, y, lmbda):
    """Cost + gradient.  y holds digits 0..n_out-1 (we mapped 10 -> 0 on load).
    params / returned gradient use numpy (row-major) flatten order."""
    t1, t2 = unpack(params, n_in, n_hid, n_out)
    m = len(X)

    a1 = np.c_[np.ones(m), X]
    z2 = a1.dot(t1.T)
    a2 = np.c_[np.ones(m), sigmoid(z2)]
    h = sigmoid(a2.dot(t2.T))

    Y = np.zeros((m, n_out))
    Y[np.arange(m), y.flatten()] = 1

    J = (-Y * np.log(h) - (1 - Y) * np.log(1 - h)).sum() / m
    J = J + lmbda / (2. * m) * ((t1[:, 1:] ** 2).sum() + (t2[:, 1:] ** 2).sum())

    d3 = h - Y
    g2 = sigmoid(z2) * (1 - sigmoid(z2))
    d2 = d3.dot(t2[:, 1:]) * g2

    D1 = d2.T.dot(a1) / m
    D2 = d3.T.dot(a2) / m
    D1[:, 1:] = D1[:, 1:] + lmbda / m * t1[:, 1:]
    D2[:, 1:] = D2[:, 1:] + lmbda / m * t2[:, 1:]

    return J, pack(D1, D2)
