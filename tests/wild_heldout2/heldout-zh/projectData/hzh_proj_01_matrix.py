import numpy as np


def projectData(X, U, K):
    """Project the examples in X onto the top K eigenvectors in U."""
    U_reduce = np.matrix(U)[:, :K]
    Z = np.matrix(X) * U_reduce
    return np.asarray(Z)
