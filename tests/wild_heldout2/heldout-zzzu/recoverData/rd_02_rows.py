import numpy as np


def recoverData(Z, U, K):
    # RECOVERDATA Recovers an approximation of the original data when using the
    # projected data
    Ureduce = U[:K, :]
    X_rec = np.dot(Z, Ureduce)
    return X_rec
