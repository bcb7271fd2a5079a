import numpy as np


def polyFeatures(X, p):
    # vandermonde matrix gives all the powers in one go, drop the constant column
    return np.vander(X.flatten(), p + 1)[:, :-1]
