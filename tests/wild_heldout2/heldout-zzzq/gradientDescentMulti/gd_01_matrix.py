import numpy as np


def computeCostMulti(X, y, theta):
    m = y.shape[0]
    r = X * theta - y
    return (r.T * r)[0, 0] / (2 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    X = np.matrix(X)
    y = np.matrix(np.reshape(y, (-1, 1)))
    theta = np.matrix(np.reshape(theta, (-1, 1)), dtype=float)
    m = y.shape[0]
    J_history = np.zeros(num_iters)

    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T * (X * theta - y))
        J_history[i] = computeCostMulti(X, y, theta)

    return theta, J_history
