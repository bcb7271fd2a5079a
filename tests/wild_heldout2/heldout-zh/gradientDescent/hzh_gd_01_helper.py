import numpy as np

from utils.compute_cost import compute_cost


def gradient_descent(X, y, theta, alpha, num_iters):
    """Batch gradient descent for linear regression (ex1).

    X has the intercept column. Returns the learned theta (n, 1) and the
    cost after every iteration.
    """
    m = len(y)
    y = y.reshape(m, 1)
    theta = theta.reshape(-1, 1).astype(float)
    J_history = np.zeros((num_iters, 1))

    for i in range(num_iters):
        error = X.dot(theta) - y
        theta = theta - (alpha / m) * X.T.dot(error)
        J_history[i] = compute_cost(X, y, theta)

    return theta, J_history
