import numpy as np


def projectData(X, U, K):
    # keep the top K eigenvectors
    U_reduce = U[:K]
    Z = X.dot(U_reduce.T)
    return Z
