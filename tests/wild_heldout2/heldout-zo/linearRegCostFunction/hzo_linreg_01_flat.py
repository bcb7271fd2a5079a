import numpy as np


def linearRegCostFunction(X, y, theta, lambda_):
    """Regularized linear regression cost and gradient (ex5).

    X already contains the column of ones. theta may be 1-D (as passed by
    scipy.optimize.minimize) or a column; the gradient comes back 1-D.
    """
    m = len(y)
    y = y.flatten()
    theta = theta.flatten()

    h = X.dot(theta)
    err = h - y

    J = np.sum(err ** 2) / (2 * m) + (lambda_ / (2 * m)) * np.sum(theta[1:] ** 2)

    grad = X.T.dot(err) / m
    grad[1:] = grad[1:] + (lambda_ / m) * theta[1:]

    return J, grad


if __name__ == "__main__":
    X = np.column_stack([np.ones(4), [1.0, 2.0, 3.0, 4.0]])
    y = np.array([[2.0], [3.5], [4.0], [6.1]])
    print(linearRegCostFunction(X, y, np.array([1.0, 1.0]), 1))
