import numpy as np

from common.activations import sigmoid


def lrCostFunction(theta, X, y, Lambda):
    """Vectorised regularised logistic regression cost and gradient.

    theta comes in flat (from scipy.optimize) or as a column; y can be (m,)
    or (m, 1). The gradient is returned flat.
    """
    m = y.size
    y = y.reshape(m)
    theta = theta.reshape(-1)

    h = sigmoid(X @ theta)
    reg_theta = np.r_[0, theta[1:]]

    J = -(y @ np.log(h) + (1 - y) @ np.log(1 - h)) / m + Lambda / (2 * m) * (reg_theta @ reg_theta)
    grad = X.T @ (h - y) / m + Lambda / m * reg_theta
    return J, grad
