import numpy as np

degree = 6


def map_feature(X1, X2):
    X1 = np.squeeze(X1)
    X2 = np.squeeze(X2)
    out = np.ones((len(X1), 1))
    for i in range(1, degree):
        for j in range(i + 1):
            term = (X1 ** (i - j)) * (X2 ** j)
            out = np.hstack((out, term.reshape(-1, 1)))
    return out
