import numpy as np


def polyFeatures(X, p):
    # X is a m x 1 vector, returns m x p  [X X.^2 ... X.^p]
    m = len(X)
    cols = []
    for j in xrange(1, p + 1):
        cols.append(np.power(X.flatten(), j))
    X_poly = np.array(cols).reshape(m, p)
    print "X_poly shape:", X_poly.shape
    return X_poly
