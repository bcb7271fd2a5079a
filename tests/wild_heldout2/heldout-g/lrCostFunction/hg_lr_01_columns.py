import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def lrCostFunction(theta, X, y, lmbda):
    """Regularized logistic regression cost + gradient (vectorized).

    theta comes in flat from scipy.optimize, y straight out of loadmat; both
    are turned into column vectors so the algebra reads like the Octave code.
    """
    m = len(y)
    theta = theta.reshape(-1, 1)
    y = y.reshape(-1, 1)

    h = sigmoid(X.dot(theta))

    theta_reg = np.copy(theta)
    theta_reg[0] = 0

    J = (-y.T.dot(np.log(h)) - (1 - y).T.dot(np.log(1 - h))) / m \
        + (lmbda / (2 * m)) * np.sum(theta_reg ** 2)
    grad = X.T.dot(h - y) / m + (lmbda / m) * theta_reg

    return J.item(), grad.flatten()
