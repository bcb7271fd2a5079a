import numpy as np


def polyFeatures(X, p):
    # X_poly(i, :) = [X(i) X(i).^2 X(i).^3 ...  X(i).^p]
    X = X.flatten()
    X_poly = np.zeros((X.size, p))

    for j in range(p):
        X_poly[:, j] = X ** j

    return X_poly
