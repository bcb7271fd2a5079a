import numpy as np


def recoverData(Z, U, K):
    # approximate reconstruction: X_rec (m x n)
    U_reduce = U[:K, :]
    X_rec = Z.dot(U_reduce)
    return X_rec
