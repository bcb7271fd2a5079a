import numpy as np


def linearRegCostFunction(X, y, theta, reg):
    # m = size(X, 1)
    m = np.size(X, 1)

    h = X.dot(theta)
    J = 1.0 / (2 * m) * np.sum(np.square(h - y.flatten()))
    J = J + reg / (2.0 * m) * np.sum(np.square(theta[1:]))

    grad = np.zeros(theta.shape)
    for j in range(len(theta)):
        grad[j] = 1.0 / m * np.sum((h - y.flatten()) * X[:, j])
        if j > 0:
            grad[j] = grad[j] + reg / (2.0 * m) * theta[j]

    return J, grad
