import numpy as np


def projectData(X, U, K):
    """Project each example of X onto the top K eigenvectors (columns of U)."""
    U_reduce = U[:, :K]
    Z = np.dot(X, U_reduce)
    return Z
