import numpy as np


def recoverData(Z, U, K):
    """Recovers an approximation of the original data from the projection Z."""
    U_reduce = U[:K, :]
    X_rec = np.dot(Z, U_reduce)
    return X_rec
