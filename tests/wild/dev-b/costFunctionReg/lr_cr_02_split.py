import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# cost and gradient are kept apart so they can be handed to fmin_tnc as
# func= and fprime=.  theta and y are flat vectors (y = data['y'].ravel()).

def cost_reg(theta, X, y, lmbda):
    m = len(y)
    h = sigmoid(np.dot(X, theta))
    unreg = -(np.dot(y, np.log(h)) + np.dot(1 - y, np.log(1 - h))) / m
    penalty = lmbda / (2 * m) * np.sum(theta[1:] ** 2)
    return unreg + penalty


def grad_reg(theta, X, y, lmbda):
    m = len(y)
    h = sigmoid(np.dot(X, theta))
    grad = np.dot(X.T, h - y) / m
    grad[1:] = grad[1:] + (lmbda / m) * theta[1:]
    return grad


# theta = opt.fmin_tnc(func=cost_reg, x0=initial_theta, fprime=grad_reg,
#                      args=(X, y.ravel(), 1.0))[0]
