import numpy as np


def linear_reg_cost(theta, X, y, lmbda):
    # theta first so it can go straight into scipy.optimize.minimize
    m = X.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    err = X @ theta - y
    theta_r = np.vstack(([[0.0]], theta[1:]))

    J = (err.T @ err).item() / (2 * m) + lmbda / (2 * m) * (theta_r.T @ theta_r).item()
    grad = X.T @ err / m + lmbda / m * theta_r

    return J, grad.flatten()
