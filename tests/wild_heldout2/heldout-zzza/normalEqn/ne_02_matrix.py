import numpy as np
from numpy.linalg import pinv


def normalEqn(X, y):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = pinv(X.T * X) * X.T * y
    return np.asarray(theta)
