import numpy as np


def compute_cost(X, y, theta):
    m = y.size
    err = X @ theta - y
    return err @ err / (2 * m)


def gradient_descent(X, y, theta, alpha, num_iters):
    """Batch gradient descent.

    X is the raw feature matrix (m x n) -- the intercept column is added here.
    y and theta are 1-D; J_history is returned as a 1-D array.
    """
    m = y.size
    X = np.column_stack((np.ones(m), X))
    y = y.ravel()
    theta = theta.ravel().copy()
    J_history = []

    for i in range(num_iters):
        theta = theta - (alpha / m) * (X.T @ (X @ theta - y))
        J_history.append(compute_cost(X, y, theta))

    return theta, np.array(J_history)
