import numpy as np


def cost(X, y, theta):
    return ((X @ theta - y) ** 2).sum() / (2 * len(y))


def gradient_descent(x, y, theta, alpha, iterations):
    """Batch gradient descent for univariate linear regression.

    x     -- the raw feature (population), shape (m,) or (m, 1); the intercept
             column is added here
    y     -- targets, shape (m,) or (m, 1)
    theta -- initial parameters [theta0, theta1]
    """
    x = np.asarray(x, dtype=float).reshape(-1, 1)
    y = np.asarray(y, dtype=float).reshape(-1)
    m = len(y)
    X = np.hstack([np.ones((m, 1)), x])

    theta = np.array(theta, dtype=float).reshape(-1)
    costs = []
    for _ in range(iterations):
        grad = X.T @ (X @ theta - y) / m
        theta = theta - alpha * grad
        costs.append(cost(X, y, theta))

    return theta, np.array(costs)
