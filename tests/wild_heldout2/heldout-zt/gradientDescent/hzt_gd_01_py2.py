import numpy as np


def gradientDescent(X, y, theta, alpha, num_iters):
    """
    Performs gradient descent to learn theta
    theta, J_history = gradientDescent(X, y, theta, alpha, num_iters)
    """
    m = len(y)
    n = len(theta)
    theta = theta.copy()
    J_history = np.zeros((num_iters, 1))

    for it in xrange(num_iters):
        for j in xrange(n):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha * (1.0 / m) * np.sum((h - y) * X[:, j:j + 1])

        J_history[it] = 1 / (2 * m) * np.sum((X.dot(theta) - y) ** 2)

    print 'theta after gradient descent:', theta.ravel()
    return theta, J_history
