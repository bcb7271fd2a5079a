import numpy as np


def mapFeature(X1, X2, degree=6):
    """Feature mapping to polynomial features, used in the regularization
    exercise (ex2_reg). Returns [1, X1, X2, X1^2, X1*X2, X2^2, ..., X2^6]."""
    X1 = np.asarray(X1).reshape(-1)
    X2 = np.asarray(X2).reshape(-1)
    out = [np.ones(X1.shape[0])]
    for i in range(1, degree + 1):
        for j in range(i + 1):
            out.append((X1 ** (i - j)) * (X2 ** j))
    return np.stack(out, axis=1)
