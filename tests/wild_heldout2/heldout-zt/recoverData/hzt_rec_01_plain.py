import numpy as np


def recoverData(Z, U, K):
    """Recovers an approximation of the original data from the projection Z."""
    U_reduce = U[:, 0:K]
    X_rec = Z.dot(U_reduce.T)
    return X_rec
