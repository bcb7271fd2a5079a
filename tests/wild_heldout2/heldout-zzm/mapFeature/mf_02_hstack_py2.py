import numpy as np


def mapFeature(X1, X2):
    degree = 6
    out = np.ones((X1.shape[0], 1))
    for i in xrange(1, degree + 1):
        for j in xrange(i + 1):
            term = (X1 ** j) * (X2 ** (i - j))
            out = np.hstack((out, term.reshape(-1, 1)))
    return out


if __name__ == '__main__':
    a = np.array([0.5, -0.2, 1.0])
    b = np.array([1.5, 0.3, -0.7])
    print mapFeature(a, b).shape
