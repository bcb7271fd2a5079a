import numpy as np


def projectData(X, U, K):
    # Z = X * U_reduce, with U_reduce the first K eigenvectors
    U_reduce = np.matrix(U)[:, :K]
    Z = np.matrix(X) * U_reduce
    return Z.A
