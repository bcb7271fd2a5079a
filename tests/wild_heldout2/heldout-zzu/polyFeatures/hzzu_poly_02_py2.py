import numpy as np


def polyFeatures(X, p):
    X = X.flatten()
    X_poly = np.zeros((len(X), p))
    for i in xrange(p):
        X_poly[:, i] = X ** i
    print "poly features:", X_poly.shape
    return X_poly
