import numpy as np


def compute_cost(X, y, theta):
    m = y.shape[0]
    return np.sum((X.dot(theta) - y) ** 2) / (2 * m)


def gradient_descent(X, y, theta, alpha, iterations):
    """
    X: (m, n) with intercept column, y: (m,), theta: (n,)
    returns final theta and the list of costs
    """
    m = y.shape[0]
    theta = theta.copy()
    J_history = []
    for it in range(iterations):
        J_history.append(compute_cost(X, y, theta))
        for j in range(len(theta)):
            theta[j] = theta[j] - alpha / m * np.sum((X.dot(theta) - y) * X[:, j])
    return theta, np.array(J_history)
