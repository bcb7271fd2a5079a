import numpy as np


def mapFeature(x1, x2):
    '''
    Maps the two input features to polynomial features up to the sixth power:
    1, x1, x2, x1^2, x1*x2, x2^2, ...

    x1, x2 : n-by-1 column vectors (or 1-D arrays) of the same size
    returns an n-by-28 matrix
    '''
    x1 = np.ravel(x1)
    x2 = np.ravel(x2)
    n = len(x1)

    features = np.ones((n, 28))
    col = 0
    for p in range(0, 7):
        for q in range(0, 7 - p):
            features[:, col] = np.power(x1, p) * np.power(x2, q)
            col += 1
    return features
