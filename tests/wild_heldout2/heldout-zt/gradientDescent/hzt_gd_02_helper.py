import numpy as np

from ex1.compute_cost import compute_cost


def gradient_descent(X, y, theta, alpha, num_iters):
    m = y.shape[0]
    J_history = []

    for i in range(num_iters):
        error = X @ theta - y
        theta = theta - (alpha / m) * (X.T @ error)
        J_history.append(compute_cost(X, y, theta))

    return theta, np.array(J_history)
