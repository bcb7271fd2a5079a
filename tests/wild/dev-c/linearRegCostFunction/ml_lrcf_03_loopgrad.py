import numpy as np
import scipy.io as sio


def linearRegCostFunction(X, y, theta, lamda):
    # X : m x (n+1) with the ones column, y : targets, theta : parameters
    m = len(y)
    n = len(theta)
    theta = theta.flatten()

    h = np.dot(X, theta)
    err = h - y

    J = np.sum(err ** 2) / (2 * m) + (lamda / (2 * m)) * np.sum(theta[1:] ** 2)

    grad = np.zeros(n)
    for j in range(n):
        grad[j] = np.sum(err * X[:, j]) / m
        if j >= 1:
            grad[j] = grad[j] + (lamda / m) * theta[j]

    return J, grad


def load_data(path='ex5data1.mat'):
    data = sio.loadmat(path)
    return data['X'], data['y'], data['Xval'], data['yval']
