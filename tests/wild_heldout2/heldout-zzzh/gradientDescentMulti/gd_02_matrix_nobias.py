import numpy as np


def compute_cost_multi(X, y, theta):
    m = X.shape[0]
    d = X * theta - y
    return (d.T * d)[0, 0] / (2 * m)


def gradient_descent_multi(X, y, theta, alpha, iterations):
    """Batch gradient descent.

    X is the raw (already normalized) feature matrix WITHOUT the column of ones;
    the intercept column is added here.
    """
    X = np.matrix(np.column_stack((np.ones(X.shape[0]), X)))
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = X.shape[0]

    J_history = []
    for i in range(iterations):
        theta = theta - (alpha / m) * X.T * (X * theta - y)
        J_history.append(compute_cost_multi(X, y, theta))

    return theta, np.array(J_history)
