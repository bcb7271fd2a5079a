import numpy as np


def mapFeature(x1, x2):
    '''Maps the two input features to polynomial features up to the 6th power.

    Returns [1, x2, x2^2, ..., x1, x1*x2, ..., x1^6] with 28 columns.
    '''
    x1 = np.asarray(x1, dtype=float).ravel()
    x2 = np.asarray(x2, dtype=float).ravel()
    degree = 6
    out = np.array([x1 ** i * x2 ** j
                    for i in range(degree + 1)
                    for j in range(degree + 1 - i)])
    return out.T
