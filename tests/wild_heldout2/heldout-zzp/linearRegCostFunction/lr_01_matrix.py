import numpy as np


def linearRegCostFunction(X, y, theta, lambda_):
    """Regularized linear regression cost and gradient (ex5), np.matrix style.

    X is (m, n) with the ones column, y is (m, 1) or (m,), theta is (n,) or (n, 1).
    Returns J as a float and grad as a flat array (what fmin_cg wants).
    """
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = np.matrix(theta).reshape(-1, 1)
    m = X.shape[0]

    err = X * theta - y

    theta_reg = theta.copy()
    theta_reg[0] = 0

    J = (err.T * err)[0, 0] / (2 * m) + (lambda_ / (2.0 * m)) * (theta_reg.T * theta_reg)[0, 0]
    grad = (X.T * err) / m + (lambda_ / float(m)) * theta_reg

    return J, grad.A1
