import numpy as np


def recoverData(Z, U, K):
    Z = np.matrix(Z)
    U_reduce = np.matrix(U)[:, 0:K]
    X_rec = Z * U_reduce.T
    return np.asarray(X_rec)
