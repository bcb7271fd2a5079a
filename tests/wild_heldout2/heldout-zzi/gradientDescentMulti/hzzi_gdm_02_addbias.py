import numpy as np


def compute_cost(X, y, theta):
    m = y.shape[0]
    diff = X.dot(theta) - y
    return float(np.sum(diff ** 2)) / (2 * m)


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    """Batch gradient descent. X holds the (normalised) features only,
    the intercept column is added here."""
    m = y.shape[0]
    X = np.column_stack((np.ones(m), X))
    y = y.reshape(m, 1)
    theta = np.array(theta, dtype=float).reshape(-1, 1)

    J_history = []
    for i in range(num_iters):
        gradient = X.T.dot(X.dot(theta) - y) / m
        theta = theta - alpha * gradient
        J_history.append(compute_cost(X, y, theta))

    return theta, np.array(J_history)
