import numpy as np


def polyFeatures(X, p):
    m = X.shape[0]
    powers = [np.power(X, i) for i in range(1, p + 1)]
    X_poly = np.array(powers).reshape(m, p)
    return X_poly
