import numpy as np


def linear_reg_cost_function(X, y, theta, l):
    m = X.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    err = X @ theta - y

    # don't regularize the intercept
    theta_r = theta
    theta_r[0] = 0

    J = (err.T @ err)[0, 0] / (2 * m) + l / m * np.sum(theta_r ** 2)
    grad = X.T @ err / m + l / m * theta_r
    return J, grad.ravel()
