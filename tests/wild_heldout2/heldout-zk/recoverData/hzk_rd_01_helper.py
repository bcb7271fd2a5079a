import numpy as np

from ex7utils.linalg_helpers import first_k_columns


def recoverData(Z, U, K):
    # go back to the original space using the top K eigenvectors
    U_reduce = first_k_columns(U, K)
    X_rec = np.dot(Z, U_reduce.T)
    return X_rec
