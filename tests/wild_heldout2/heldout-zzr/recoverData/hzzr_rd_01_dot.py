import numpy as np


def recover_data(Z, U, K):
    # project back with the first K eigenvectors (columns of U)
    U_reduce = U[:, :K]
    X_rec = np.dot(Z, U_reduce.T)
    return X_rec
