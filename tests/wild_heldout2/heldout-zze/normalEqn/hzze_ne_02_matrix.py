import numpy as np


def normalEqn(X, y):
    X = np.matrix(X)
    y = np.matrix(y)
    if y.shape[0] == 1:
        y = y.T          # 1-D y becomes a row, we want a column

    theta = np.linalg.pinv(X.T * X) * X.T * y

    return np.asarray(theta)
