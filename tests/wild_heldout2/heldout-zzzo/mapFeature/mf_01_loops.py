import numpy as np


def mapFeature(X1, X2):
    '''
    Maps the two input features to polynomial features up to degree 6:
    1, X1, X2, X1^2, X1*X2, X2^2, ... (28 features)
    X1, X2: vectors of the same length m
    returns an m x 28 array
    '''
    X1 = np.asarray(X1).reshape(-1)
    X2 = np.asarray(X2).reshape(-1)
    degree = 6
    cols = []
    for i in range(degree + 1):
        for j in range(degree + 1 - i):
            cols.append(X1 ** j * X2 ** i)
    return np.column_stack(cols)
