import numpy as np
from scipy.io import loadmat


def linearRegCostFunction(X, y, theta, Lambda):
    m = len(y)

    h = X.dot(theta)
    J = 1. / (2 * m) * np.sum((h - y) ** 2) + Lambda / (2. * m) * np.sum(theta[1:] ** 2)

    grad = 1. / m * X.T.dot(h - y) + (Lambda / m) * theta

    return J, grad


if __name__ == "__main__":
    data = loadmat('ex5data1.mat')
    X = data['X']
    y = data['y']
    X = np.hstack((np.ones((X.shape[0], 1)), X))
    theta = np.array([1, 1])
    J, grad = linearRegCostFunction(X, y, theta, 1)
    print(J, grad)
