import numpy as np


def recoverData(Z, U, K):
    """Recover an approximation of the original data from the projection Z."""
    Ureduce = U[:K, :]
    X_rec = Z.dot(Ureduce)
    return X_rec
