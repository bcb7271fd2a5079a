import numpy as np


def projectData(X, U, K):
    # keep only the top K eigenvectors
    U_reduce = U[:K, :].T
    Z = np.dot(X, U_reduce)
    return Z
