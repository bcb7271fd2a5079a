import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    return np.sum((X.dot(theta) - y) ** 2) / (2 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    """Performs gradient descent to learn theta
    theta: (2, 1) array, y: (m, 1) array
    """
    m = len(y)
    J_history = np.zeros((num_iters, 1))
    theta = theta.copy()

    for it in range(num_iters):
        # update every parameter with its partial derivative
        for j in range(theta.shape[0]):
            h = X.dot(theta)
            theta[j] = theta[j] - alpha * (1.0 / m) * np.sum((h - y) * X[:, [j]])

        J_history[it] = computeCost(X, y, theta)

    return theta, J_history
