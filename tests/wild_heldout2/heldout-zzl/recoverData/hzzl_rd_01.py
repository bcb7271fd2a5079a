import numpy as np


def recoverData(Z, U, K):
    # take the top K eigenvectors and map back to the original space
    U_reduce = U[:K]
    X_rec = np.dot(Z, U_reduce)
    return X_rec
