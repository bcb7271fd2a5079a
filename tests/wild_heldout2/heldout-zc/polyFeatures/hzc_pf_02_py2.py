from numpy import *


def polyFeatures(X, p):
    #POLYFEATURES Maps X (1D vector) into the p-th power
    #   X_poly(i, :) = [X(i) X(i).^2 X(i).^3 ...  X(i).^p];
    m = X.shape[0]
    X_poly = zeros((m, p))

    for i in xrange(p):
        X_poly[:, i] = X[:, 0] ** i

    print "X_poly shape:", X_poly.shape
    return X_poly
