import numpy as np


def compute_cost(X, y, theta):
    m = len(y)
    y = y.reshape(m, 1)          # column vector like in octave
    theta = theta.flatten()      # minimize() gives a flat theta anyway

    h = X.dot(theta)
    J = np.sum((h - y) ** 2) / (2 * m)
    return J
