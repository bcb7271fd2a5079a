import numpy as np
from utils.sigmoid import sigmoid


def lrCostFunction(theta, X, y, lambda_):
    """Regularized logistic regression cost + gradient.
    theta comes in 1-D from scipy.optimize.minimize, y can be (m,1) from loadmat
    """
    y = y.flatten()
    m = y.shape[0]

    h = sigmoid(X.dot(theta))

    temp = np.copy(theta)
    temp[0] = 0

    J = (1.0 / m) * (-y.dot(np.log(h)) - (1 - y).dot(np.log(1 - h))) \
        + (lambda_ / (2.0 * m)) * np.sum(temp ** 2)

    grad = (1.0 / m) * X.T.dot(h - y) + (lambda_ / m) * temp

    return J, grad
