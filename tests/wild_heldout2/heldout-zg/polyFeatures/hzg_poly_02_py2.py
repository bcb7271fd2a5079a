import numpy as np


def polyFeatures(X, p):
    X_poly = np.zeros((len(X), p))
    for i in xrange(p):
        X_poly[:, i] = X.flatten() ** i
    print "X_poly:", X_poly.shape
    return X_poly
