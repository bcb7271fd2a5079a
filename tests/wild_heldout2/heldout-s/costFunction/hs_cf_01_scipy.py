import numpy as np
from scipy.special import expit


def cost_function(theta, X, y):
    """Logistic regression cost and gradient.

    theta comes from scipy.optimize.minimize, i.e. a flat array of shape (n,).
    y may be (m,) or the (m, 1) column loaded from the .txt / .mat file.
    """
    y = y.flatten()
    m = y.size
    h = expit(X.dot(theta.flatten()))

    J = -(y.dot(np.log(h)) + (1 - y).dot(np.log(1 - h))) / m
    grad = X.T.dot(h - y) / m

    return J, grad


# res = scipy.optimize.minimize(cost_function, np.zeros(3), args=(X, y), jac=True, method='TNC')
