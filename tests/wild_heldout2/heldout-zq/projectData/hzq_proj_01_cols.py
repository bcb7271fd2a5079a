import numpy as np


def projectData(X, U, K):
    # X holds one example per column (n x m), Z comes back K x m
    U_reduce = U[:, :K]
    Z = np.dot(U_reduce.T, X)
    return Z
