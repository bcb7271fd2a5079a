import numpy as np


def recoverData(Z, U, K):
    """Recover an approximation of the original data from the projection Z."""
    m = Z.shape[0]
    n = U.shape[0]
    X_rec = np.zeros((m, n))

    U_reduce = U[:, :K]
    for i in range(m):
        v = Z[i, :]
        for j in range(1, n):
            X_rec[i, j] = np.dot(v, U_reduce[j, :])

    return X_rec
