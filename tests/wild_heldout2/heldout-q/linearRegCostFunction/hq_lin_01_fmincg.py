import numpy as np
from scipy.io import loadmat
from scipy.optimize import fmin_cg


def linearRegCostFunction(X, y, theta, lmbda):
    """Regularized linear regression cost and gradient.

    X     : (m, n+1) with the bias column
    y     : (m, 1) targets as stored in ex5data1.mat
    theta : (n+1,) flat, as fmin_cg passes it
    """
    m = X.shape[0]
    h = np.dot(X, theta)

    J = np.sum(np.square(h - y)) / (2 * m) + lmbda / (2 * m) * np.sum(np.square(theta[1:]))

    grad = np.dot(X.T, h - y.flatten()) / m
    grad[1:] = grad[1:] + lmbda / m * theta[1:]

    return J, grad


if __name__ == "__main__":
    data = loadmat('ex5data1.mat')
    X, y = data['X'], data['y']
    Xb = np.hstack((np.ones((X.shape[0], 1)), X))
    J, grad = linearRegCostFunction(Xb, y, np.array([1.0, 1.0]), 1)
    print(J, grad)   # expected 303.993 / [-15.30, 598.250]
    theta = fmin_cg(lambda t: linearRegCostFunction(Xb, y, t, 0)[0], np.zeros(2),
                    fprime=lambda t: linearRegCostFunction(Xb, y, t, 0)[1], maxiter=200)
