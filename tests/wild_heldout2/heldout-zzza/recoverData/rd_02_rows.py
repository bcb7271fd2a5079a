import numpy as np


def recoverData(Z, U, K):
    m = Z.shape[0]
    n = U.shape[0]
    X_rec = np.zeros((m, n))
    U_reduce = U[:K, :]
    X_rec = Z.dot(U_reduce)
    return X_rec
