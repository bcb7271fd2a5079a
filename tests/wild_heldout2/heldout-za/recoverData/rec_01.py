import numpy as np


def recoverData(Z, U, K):
    # approximate reconstruction of the original data from the projection
    U_reduce = U[:, :K]
    X_rec = np.dot(Z, U_reduce.T)
    return X_rec
