import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = X.dot(theta) - y
    return err.dot(err) / (2 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    y = y.ravel()
    theta = theta.astype(float).ravel()
    J_history = np.zeros(num_iters)

    for it in range(num_iters):
        for j in range(len(theta)):
            theta[j] = theta[j] - (alpha / m) * np.sum((X.dot(theta) - y) * X[:, j])
        J_history[it] = computeCostMulti(X, y, theta)

    return theta, J_history
