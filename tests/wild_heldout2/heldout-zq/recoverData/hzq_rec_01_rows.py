import numpy as np


def recover_data(Z, U, k):
    U_reduced = U[:k, :]
    return np.dot(Z, U_reduced)
