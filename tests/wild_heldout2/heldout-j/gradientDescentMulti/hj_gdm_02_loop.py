import numpy as np

from computeCostMulti import computeCostMulti


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    n = X.shape[1]
    J_history = np.zeros((num_iters, 1))
    theta = theta.copy().reshape(n, 1)
    y = y.reshape(m, 1)

    for it in range(num_iters):
        for j in range(n):
            theta[j] = theta[j] - alpha / m * np.sum((X @ theta - y) * X[:, [j]])
        J_history[it] = computeCostMulti(X, y, theta)

    return theta, J_history
