import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lrCostFunction(theta, X, y, lmbda):
    m = y.size
    y = y.reshape(m)
    h = sigmoid(np.dot(X, theta))
    J = -(1.0 / m) * (np.dot(y, np.log(h)) + np.dot(1 - y, np.log(1 - h)))
    J = J + (lmbda / (2.0 * m)) * np.sum(theta[1:] ** 2)
    return J


def lrGradient(theta, X, y, lmbda):
    m = y.size
    y = y.reshape(m)
    h = sigmoid(np.dot(X, theta))
    grad = (1.0 / m) * np.dot(X.T, h - y)
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]
    return grad


# theta_opt = op.fmin_cg(lrCostFunction, initial_theta, fprime=lrGradient,
#                        args=(X, (y == c).astype(int), lmbda), maxiter=50)
