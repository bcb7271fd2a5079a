import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunctionReg(theta, X, y, lambda_):
    """Regularized logistic regression cost and gradient (ex2 part 2)."""
    m, n = X.shape
    theta = theta.reshape((n, 1))
    y = y.reshape((m, 1))

    h_theta = sigmoid(X @ theta)

    # don't regularize the intercept
    thetaZero = theta
    thetaZero[1] = 0

    J = (1 / m) * (-y.T @ np.log(h_theta) - (1 - y).T @ np.log(1 - h_theta)) \
        + (lambda_ / (2 * m)) * (thetaZero.T @ thetaZero)

    grad = (1 / m) * (X.T @ (h_theta - y)) + (lambda_ / m) * thetaZero

    return J[0, 0], grad.flatten()
