import numpy as np


def recover_data(Z, U, K):
    """Project the K-dimensional Z back onto the original space."""
    U_reduce = U[:, :K]
    return Z.dot(U_reduce.T)
