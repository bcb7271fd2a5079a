import numpy as np


def polyFeatures(X, p):
    # X is the (m, 1) water level column from ex5data1.mat
    X = X.flatten()
    return np.column_stack([X ** i for i in range(1, p + 1)])
