import numpy as np


def linearRegCostFunction(X, y, theta, lambda_):
    """Regularized linear regression cost and gradient.

    X     : (m, n+1) design matrix, first column is ones
    y     : targets, (m,) or (m, 1)
    theta : parameters, (n+1,) as passed by scipy.optimize or (n+1, 1)
    """
    m = y.shape[0]
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    err = X.dot(theta) - y
    J = (1 / (2 * m)) * np.sum(np.square(err)) \
        + (lambda_ / (2 * m)) * np.sum(np.square(theta[1:]))

    grad = (1 / m) * X.T.dot(err)
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]

    return J, grad.flatten()
