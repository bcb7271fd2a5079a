import numpy as np


def polyFeatures(X, p):
    # X is a m x 1 vector, returns m x p matrix of powers of X
    X = X.flatten()
    X_poly = np.zeros((len(X), p))
    for i in xrange(p):
        X_poly[:, i] = X ** i
    print "X_poly shape:", X_poly.shape
    return X_poly
