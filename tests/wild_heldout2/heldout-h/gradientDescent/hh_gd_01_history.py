import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    residual = X.dot(theta) - y
    return float(np.sum(residual ** 2) / (2 * m))


def gradientDescent(X, y, theta, alpha, num_iters):
    """Run num_iters steps of batch gradient descent.

    X is m x 2 (first column ones), y is m x 1, theta is 2 x 1.
    Returns the final theta and the cost after every iteration.
    """
    m = len(y)
    J_history = np.zeros((num_iters, 1))

    for i in range(num_iters):
        theta = theta - (alpha / m) * X.T.dot(X.dot(theta) - y)
        J_history[i] = computeCost(X, y, theta)

    return theta, J_history
