import numpy as np


def recover_data(Z, U, K):
    # first K eigenvectors
    U_reduce = U[:K, :]
    X_rec = np.dot(Z, U_reduce)
    return X_rec
