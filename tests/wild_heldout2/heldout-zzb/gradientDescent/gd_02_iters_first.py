import numpy as np

ITERATIONS = 1500
ALPHA = 0.01


def compute_cost(X, y, theta):
    m = len(y)
    return float(np.sum((X @ theta - y) ** 2) / (2 * m))


def gradient_descent(X, y, theta, iterations=ITERATIONS, alpha=ALPHA):
    """Batch gradient descent; returns final theta and the cost after each step."""
    m = len(y)
    y = y.reshape(-1, 1)
    theta = theta.reshape(-1, 1)
    cost_history = []
    for _ in range(iterations):
        error = X @ theta - y
        theta = theta - (alpha / m) * (X.T @ error)
        cost_history.append(compute_cost(X, y, theta))
    return theta, np.array(cost_history)
