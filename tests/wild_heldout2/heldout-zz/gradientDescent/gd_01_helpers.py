import numpy as np


def computeCost(X, y, theta):
    m = y.size
    errors = X.dot(theta) - y
    return errors.dot(errors) / (2 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    # work with flat vectors, scipy-style
    y = y.ravel()
    theta = theta.ravel().astype(float)
    m = y.size
    J_history = []

    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T.dot(X.dot(theta) - y))
        J_history.append(computeCost(X, y, theta))

    return theta, np.array(J_history)
