import numpy as np


def normalEqn(X, y):
    # closed form: theta = (X'X)^-1 X'y
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = (X.T * X).I * X.T * y
    return theta
