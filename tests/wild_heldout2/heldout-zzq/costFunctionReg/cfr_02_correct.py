import numpy as np
from scipy.special import expit


def cost_function_reg(theta, X, y, lambda_):
    """Regularized logistic regression: returns (J, grad).

    theta : (n,) as passed by scipy.optimize.minimize
    X     : (m, n) with the intercept column already in it
    y     : (m,) or (m, 1) of 0/1
    """
    y = y.ravel()
    m = len(y)
    h = expit(X @ theta)

    reg_theta = theta.copy()
    reg_theta[0] = 0

    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m \
        + lambda_ / (2 * m) * np.sum(reg_theta ** 2)
    grad = X.T @ (h - y) / m + lambda_ / m * reg_theta
    return J, grad
