import numpy as np


def compute_cost_multi(X, y, theta):
    m = y.shape[0]
    J = 0.0
    for i in range(m):
        J += (np.dot(X[i], theta) - y[i]) ** 2
    return J / (2 * m)


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    """Batch gradient descent, one parameter at a time.

    X: (m, n+1) with the column of ones, y: (m,), theta: (n+1,)
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).ravel()
    theta = np.array(theta, dtype=float).ravel()
    m, n = X.shape
    J_history = []

    for it in range(num_iters):
        J_history.append(compute_cost_multi(X, y, theta))
        for j in range(n):
            error = X.dot(theta) - y
            theta[j] = theta[j] - alpha / m * np.sum(error * X[:, j])

    return theta, np.array(J_history)
