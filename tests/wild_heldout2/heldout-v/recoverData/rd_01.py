import numpy as np


def recoverData(Z, U, K):
    # X_rec = Z * U(:, 1:K)'
    U_reduce = U[:, :K]
    X_rec = np.dot(Z, U_reduce.T)
    return X_rec
