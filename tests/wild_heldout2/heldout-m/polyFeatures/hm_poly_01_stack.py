import numpy as np


def polyFeatures(X, p):
    # X is the (m, 1) column from ex5data1.mat
    x = X.flatten(order='F')
    X_poly = np.zeros((x.size, p))
    for j in range(1, p + 1):
        X_poly[:, j - 1] = x ** j
    return X_poly
