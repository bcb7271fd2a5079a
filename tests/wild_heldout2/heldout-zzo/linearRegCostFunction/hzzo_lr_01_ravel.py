import numpy as np


def linear_reg_cost_function(X, y, theta, lambda_):
    """Regularised linear regression cost and gradient (ex5).

    X already contains the column of ones; theta[0] is not regularised.
    Returns J (float) and grad (1-D, same length as theta).
    """
    y = np.ravel(y)
    theta = np.ravel(theta)
    m = y.size

    residual = X.dot(theta) - y
    reg_theta = np.r_[0.0, theta[1:]]

    J = residual.dot(residual) / (2 * m) + lambda_ / (2 * m) * reg_theta.dot(reg_theta)
    grad = X.T.dot(residual) / m + (lambda_ / m) * reg_theta
    return J, grad
