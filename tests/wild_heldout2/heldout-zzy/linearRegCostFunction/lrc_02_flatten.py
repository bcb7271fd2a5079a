import numpy as np


def linearRegCostFunction(X, y, theta, lmbda):
    """
    X: (m, n+1) design matrix with the ones column
    y: (m, 1) targets as loaded from ex5data1.mat
    theta: parameters (flattened, as scipy.optimize passes them)
    """
    m = y.shape[0]
    theta = theta.flatten()

    h = X @ theta
    J = (1 / (2 * m)) * np.sum((h - y) ** 2) + (lmbda / (2 * m)) * np.sum(theta[1:] ** 2)

    reg = (lmbda / m) * theta
    reg[0] = 0
    grad = (1 / m) * ((h - y) @ X) + reg

    return J, grad.flatten()
