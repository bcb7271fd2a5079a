import numpy as np


def project_data(X, U, K):
    # keep the top K eigenvectors
    U_reduce = U[:K]
    Z = np.dot(X, U_reduce.T)
    return Z
