import numpy as np


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_cost_function(thetas, n_in, n_hidden, K, X, y, reg):
    """Cost + gradient for the 400-25-10 digit network.

    y must hold class indices 0..K-1 (we subtract 1 from the .mat labels
    right after loading, so that they can index numpy arrays directly).
    thetas is the flat vector [Theta1(:); Theta2(:)] (fortran order, like octave).
    """
    cut = n_hidden * (n_in + 1)
    T1 = np.reshape(thetas[:cut], (n_hidden, n_in + 1), order='F')
    T2 = np.reshape(thetas[cut:], (K, n_hidden + 1), order='F')
    m = X.shape[0]

    Y = np.zeros((m, K))
    Y[np.arange(m), y.ravel()] = 1

    A1 = np.insert(X, 0, 1, axis=1)
    Z2 = A1.dot(T1.T)
    A2 = np.insert(_sigmoid(Z2), 0, 1, axis=1)
    H = _sigmoid(A2.dot(T2.T))

    J = -(Y * np.log(H) + (1 - Y) * np.log(1 - H)).sum() / m
    J = J + reg / (2 * m) * ((T1[:, 1:] ** 2).sum() + (T2[:, 1:] ** 2).sum())

    D3 = H - Y
    S2 = _sigmoid(Z2)
    D2 = D3.dot(T2[:, 1:]) * S2 * (1 - S2)

    G1 = D2.T.dot(A1) / m
    G2 = D3.T.dot(A2) / m
    G1[:, 1:] += reg / m * T1[:, 1:]
    G2[:, 1:] += reg / m * T2[:, 1:]

    return J, np.r_[G1.ravel(order='F'), G2.ravel(order='F')]
