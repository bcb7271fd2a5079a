import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost(theta, X, y):
    m = len(y)
    y = y.reshape(m, 1)
    h = sigmoid(np.dot(X, theta))
    J = -(1 / m) * np.sum(y * np.log(h) + (1 - y) * np.log(1 - h))
    return J


def gradient(theta, X, y):
    m = len(y)
    y = y.reshape(m, 1)
    h = sigmoid(np.dot(X, theta))
    grad = (1 / m) * np.dot(X.T, h - y)
    return grad.flatten()


if __name__ == "__main__":
    import scipy.optimize as opt
    data = np.loadtxt('ex2data1.txt', delimiter=',')
    X = np.c_[np.ones(len(data)), data[:, :2]]
    y = data[:, 2]
    res = opt.minimize(cost, np.zeros(3), args=(X, y), jac=gradient, method='TNC')
    print(res.x, res.fun)
