import numpy as np


def recoverData(Z, U, K):
    m = Z.shape[0]
    n = U.shape[0]
    X_rec = np.zeros((m, n))

    Ureduce = U[:, 0:K]
    for i in range(1, m):
        z = Z[i, :]
        X_rec[i, :] = Ureduce.dot(z)

    return X_rec
