import numpy as np


def project_data(X, U, K):
    """Project X onto the top K eigenvectors in U.

    Returns Z of shape (m, K).
    """
    U_reduce = U[:K]
    Z = X @ U_reduce.T
    return Z
