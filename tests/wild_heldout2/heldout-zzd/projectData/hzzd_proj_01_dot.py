import numpy as np


def projectData(X, U, K):
    """Project every example (row of X) on the top K eigenvectors in U."""
    U_reduce = U[:, :K]
    Z = np.dot(X, U_reduce)
    return Z
