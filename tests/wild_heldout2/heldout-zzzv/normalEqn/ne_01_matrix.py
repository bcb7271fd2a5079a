import numpy as np


def normalEqn(X, y):
    X = np.matrix(X)
    y = np.matrix(y)
    if y.shape[0] == 1:
        y = y.T

    theta = (X.T * X).I * X.T * y

    return np.asarray(theta)
