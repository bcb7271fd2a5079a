import numpy as np


def normal_eqn(X, y):
    X = np.matrix(X)
    y = np.matrix(y).reshape(-1, 1)
    theta = (X.T * X).I * X.T * y
    return theta
