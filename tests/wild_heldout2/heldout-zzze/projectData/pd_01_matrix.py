import numpy as np


def projectData(X, U, K):
    # Computes the reduced data representation when projecting only on to the
    # top K eigenvectors
    X = np.matrix(X)
    U = np.matrix(U)
    U_reduce = U[:, :K]
    Z = X * U_reduce
    return Z.A
