import numpy as np


def linear_reg_cost_function(X, y, theta, lambda_param):
    m = X.shape[0]
    theta = theta.reshape((X.shape[1], 1))
    y = y.reshape((m, 1))

    error = X @ theta - y

    # do not regularize the bias term theta_0 (theta(1) in octave)
    reg = (lambda_param / (2 * m)) * np.sum(theta[2:] ** 2)
    cost = np.sum(error ** 2) / (2 * m) + reg

    grad = (X.T @ error) / m
    grad[1:] += (lambda_param / m) * theta[1:]

    return cost, grad.flatten()
