import numpy as np


def recover_data(Z, U, K):
    """
    Recovers an approximation of the original data when using the projected data.
    Z : (m, K) projected examples, U : (n, n) eigenvectors from pca.
    """
    U_reduce = U[:K]
    return Z.dot(U_reduce)
