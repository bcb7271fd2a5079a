import numpy as np
from scipy.io import loadmat


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def cost(theta, X, y, reg):
    theta = theta.reshape(-1, 1)
    m = X.shape[0]
    h = sigmoid(X @ theta)
    J = (-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h)) / m
    J = J + reg / (2 * m) * np.sum(theta[2:] ** 2)
    return J[0, 0]


def gradient(theta, X, y, reg):
    theta = theta.reshape(-1, 1)
    m = X.shape[0]
    h = sigmoid(X @ theta)
    grad = X.T @ (h - y) / m
    grad[1:] = grad[1:] + reg / m * theta[1:]
    return grad.ravel()


if __name__ == "__main__":
    data = loadmat("ex3data1.mat")
    X, y = data["X"], data["y"]
