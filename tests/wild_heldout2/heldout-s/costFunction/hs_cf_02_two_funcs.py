import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def costFunction(theta, X, y):
    m = len(y)
    h = sigmoid(X @ theta)
    J = np.sum(-y * np.log(h) - (1 - y) * np.log(1 - h)) / m
    return J


def gradient(theta, X, y):
    m = len(y)
    h = sigmoid(X @ theta)
    return (1 / m) * (X.T @ (h - y))


# data = np.loadtxt('ex2data1.txt', delimiter=',')
# X = np.c_[np.ones(len(data)), data[:, :2]]; y = data[:, 2:3]
# result = op.minimize(fun=costFunction, x0=np.zeros(3), args=(X, y), method='TNC', jac=gradient)
