import numpy as np


def recover_data(Z, U, K):
    # Ureduce' is K x n
    Ureduce_T = U[:K, :]
    X_rec = Z.dot(Ureduce_T)
    return X_rec
