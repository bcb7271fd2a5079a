import numpy as np


def linear_reg_cost(theta, X, y, lmbda=0.0):
    """Regularised linear regression cost and gradient.

    X is the raw feature matrix WITHOUT the column of ones; the intercept
    column is added here. theta has len n + 1 (theta[0] is the intercept).
    Argument order follows scipy.optimize.minimize(fun, x0, args=(X, y, lmbda)).
    """
    m = X.shape[0]
    Xb = np.column_stack((np.ones(m), X))
    y = y.reshape(-1)
    theta = theta.reshape(-1)

    r = Xb @ theta - y
    J = r @ r / (2 * m) + lmbda / (2 * m) * np.sum(theta[1:] ** 2)

    grad = Xb.T @ r / m
    grad[1:] = grad[1:] + lmbda / m * theta[1:]
    return J, grad
