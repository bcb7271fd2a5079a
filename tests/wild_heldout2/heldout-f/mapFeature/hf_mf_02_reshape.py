import numpy as np


def mapFeature(X1, X2):
    degree = 6
    out = np.ones((118, 1))
    for i in range(1, degree + 1):
        for j in range(0, i + 1):
            term = np.power(X1, j) * np.power(X2, i - j)
            out = np.append(out, np.reshape(term, (118, 1)), axis=1)
    return out
