import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, l):
    m = X.shape[0]
    h = sigmoid(np.dot(X, theta))

    J = (-1.0 / m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))
    J += (l / (2.0 * m)) * np.sum(theta[1:] ** 2)

    grad = (1.0 / m) * np.dot(X.T, h - y) + (l / m) * theta
    return J, grad


def oneVsAll(X, y, num_labels, l):
    from scipy.optimize import minimize
    m, n = X.shape
    X = np.hstack((np.ones((m, 1)), X))
    all_theta = np.zeros((num_labels, n + 1))
    for c in range(1, num_labels + 1):
        res = minimize(lrCostFunction, np.zeros(n + 1), args=(X, (y == c) * 1, l),
                       jac=True, method='TNC', options={'maxiter': 50})
        all_theta[c - 1] = res.x
    return all_theta
