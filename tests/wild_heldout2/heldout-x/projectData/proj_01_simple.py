import numpy as np


def project_data(X, U, K):
    """Project X (m x n, already normalised) onto the top K eigenvectors in U."""
    U_reduce = U[:, :K]
    Z = np.dot(X, U_reduce)
    return Z
