import numpy as np


def projectData(X, U, K):
    """Computes the reduced data representation when projecting only
    on to the top K eigenvectors."""
    U_reduce = U[:, 0:K]
    Z = np.dot(X, U_reduce)
    return Z
