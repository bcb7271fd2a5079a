import numpy as np


def projectData(X, U, K):
    # project every example onto the first K eigenvectors (columns of U)
    U_reduce = U[:, :K]
    Z = X @ U_reduce
    return Z
