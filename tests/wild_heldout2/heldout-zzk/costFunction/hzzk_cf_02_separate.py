import numpy as np
import scipy.optimize as opt


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost(theta, X, y):
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    first = np.multiply(-y, np.log(sigmoid(X * theta.T)))
    second = np.multiply((1 - y), np.log(1 - sigmoid(X * theta.T)))
    return np.sum(first - second) / (len(X))


def gradient(theta, X, y):
    theta = np.matrix(theta)
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)

    parameters = int(theta.ravel().shape[1])
    grad = np.zeros(parameters)

    error = sigmoid(X * theta.T) - y

    for i in range(parameters):
        term = np.multiply(error, X[:, i])
        grad[i] = np.sum(term) / len(X)

    return grad


if __name__ == '__main__':
    X = np.array([[1.0, 0.5, 1.2], [1.0, -0.3, 0.8], [1.0, 1.5, -0.4]])
    y = np.array([1, 0, 1])
    result = opt.fmin_tnc(func=cost, x0=np.zeros(3), fprime=gradient, args=(X, y))
    print(result)
