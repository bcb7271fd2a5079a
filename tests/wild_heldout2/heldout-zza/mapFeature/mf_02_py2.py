import numpy as np

DEGREE = 6


def map_feature(x1, x2):
    """Feature mapping function to polynomial features (ex2, regularized part).

    Returns a new feature array with more features, comprising of
    x1, x2, x1**2, x2**2, x1*x2, x1*x2**2, etc..
    """
    x1 = x1.reshape(-1, 1)
    x2 = x2.reshape(-1, 1)
    out = np.ones((x1.shape[0], 1))
    for i in xrange(1, DEGREE):
        for j in xrange(i + 1):
            out = np.hstack((out, (x1 ** (i - j)) * (x2 ** j)))
    print "mapped features:", out.shape
    return out
