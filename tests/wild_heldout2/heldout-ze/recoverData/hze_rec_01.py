import numpy as np


def recover_data(Z, U, K):
    """Recover an approximation of the original data from the projection Z."""
    U_reduce = U[:K, :]          # top K eigenvectors
    X_rec = np.dot(Z, U_reduce)
    return X_rec
