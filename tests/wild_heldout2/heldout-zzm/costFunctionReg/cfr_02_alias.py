import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunctionReg(theta, X, y, Lambda):
    m = y.size
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = sigmoid(X @ theta)

    # copy of theta with the intercept zeroed (theta(1) is not regularised)
    theta_reg = theta
    theta_reg[0] = 0

    J = (-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h)) / m \
        + (Lambda / m) * np.sum(theta_reg ** 2)
    grad = (X.T @ (h - y)) / m + (Lambda / m) * theta_reg

    return J[0, 0], grad.flatten()
