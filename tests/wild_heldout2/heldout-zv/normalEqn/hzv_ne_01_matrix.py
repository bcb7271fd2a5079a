import numpy as np


def normalEqn(X, y):
    """Closed form solution of linear regression: theta = (X'X)^-1 X'y"""
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = (X.T * X).I * X.T * y
    return np.asarray(theta)
