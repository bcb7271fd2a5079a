import numpy as np


def recover_data(Z, U, K):
    """Map the K-dimensional projection Z back into the original space."""
    U_reduce_T = U[:K]          # (K, n)
    return np.dot(Z, U_reduce_T)
