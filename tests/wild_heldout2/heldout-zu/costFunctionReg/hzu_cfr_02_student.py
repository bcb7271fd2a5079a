import numpy as np
from numpy import log


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# X : (m, 28) mapped features, y : (m, 1) labels as loaded, theta : (28,)
def costFunctionReg(theta, X, y, l):
    m = len(y)
    h = sigmoid(X.dot(theta))

    J = (-y.T.dot(log(h)) - (1 - y).T.dot(log(1 - h))) / m + l / (2 * m) * np.sum(theta[2:] ** 2)

    grad = X.T.dot(h - y) / m
    grad[1:] = grad[1:] + (l / m) * theta[1:]

    return J, grad


if __name__ == "__main__":
    X = np.ones((3, 2))
    y = np.array([[1], [0], [1]])
    print(costFunctionReg(np.zeros(2), X, y, 1))
