import numpy as np


def project_data(X, U, K):
    """Project X onto the top K eigenvectors in U."""
    U_reduce = U[:K]
    return X @ U_reduce.T
