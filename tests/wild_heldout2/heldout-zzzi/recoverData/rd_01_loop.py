import numpy as np


def recoverData(Z, U, K):
    m = Z.shape[0]
    n = U.shape[0]
    X_rec = np.zeros((m, n))

    U_reduce = U[:, :K]
    for i in range(m):
        z = Z[i, :]
        X_rec[i, :] = U_reduce.dot(z)

    return X_rec
