import numpy as np


def compute_cost(X, y, theta):
    m = y.shape[0]
    predictions = X.dot(theta).flatten()
    return ((predictions - y.flatten()) ** 2).sum() / (2 * m)


def gradient_descent(X, y, theta, alpha, num_iters):
    """Update every theta_j with its own partial derivative, like in the lecture slides."""
    m = y.shape[0]
    J_history = np.zeros(num_iters)

    for it in range(num_iters):
        for j in range(len(theta)):
            error = X.dot(theta).flatten() - y.flatten()
            theta[j] = theta[j] - alpha * (1.0 / m) * np.sum(error * X[:, j])
        J_history[it] = compute_cost(X, y, theta)

    return theta, J_history
