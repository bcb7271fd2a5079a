import numpy as np


def recover_data(Z, U, K):
    """
    Recovers an approximation of the original data from the projection Z.
    X_rec = Z * U_reduce'
    """
    U_reduce = U[:K, :]
    X_rec = np.dot(Z, U_reduce)
    return X_rec
