import numpy as np


def recover_data(Z, U, K):
    """X_rec = Z * U_reduce' (approximate reconstruction from K dims)."""
    U_reduce_T = U[:K, :]
    X_rec = np.dot(Z, U_reduce_T)
    return X_rec
