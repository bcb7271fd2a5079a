import numpy as np


def recoverData(Z, U, K):
    U_reduce = U[:, :K]
    X_rec = Z.dot(U_reduce.T)
    return X_rec
