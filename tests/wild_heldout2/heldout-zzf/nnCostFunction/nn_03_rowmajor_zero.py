import numpy as np
from utils.sigmoid import sigmoid


def unpack(params, n_in, n_hid, n_out):
    """Split the flat parameter vector (row-major) into the two weight matrices."""
    t1 = params[:n_hid * (n_in + 1)].reshape(n_hid, n_in + 1)
    t2 = params[n_hid * (n_in + 1):].reshape(n_out, n_hid + 1)
    return t1, t2


def nn_cost_function(params, n_in, n_hid, n_out, X, y, reg):
    """Cost and gradient of the 2-layer network.

    params are the two weight matrices flattened with numpy's default
    ``ravel()``, the gradient comes back in the same layout. y holds class
    indices 0..n_out-1 (as produced by our label encoder).
    """
    t1, t2 = unpack(params, n_in, n_hid, n_out)
    m = X.shape[0]

    a1 = np.insert(X, 0, 1, axis=1)
    z2 = np.dot(a1, t1.T)
    h = sigmoid(z2)
    a2 = np.insert(h, 0, 1, axis=1)
    a3 = sigmoid(np.dot(a2, t2.T))

    Y = np.zeros((m, n_out))
    for i in range(m):
        Y[i, y[i]] = 1

    cost = -(Y * np.log(a3) + (1 - Y) * np.log(1 - a3)).sum() / m
    cost += reg / (2.0 * m) * ((t1[:, 1:] ** 2).sum() + (t2[:, 1:] ** 2).sum())

    d3 = a3 - Y
    d2 = np.dot(d3, t2[:, 1:]) * h * (1 - h)

    g1 = np.dot(d2.T, a1) / m
    g2 = np.dot(d3.T, a2) / m
    g1[:, 1:] += reg / m * t1[:, 1:]
    g2[:, 1:] += reg / m * t2[:, 1:]

    return cost, np.concatenate([g1.ravel(), g2.ravel()])
