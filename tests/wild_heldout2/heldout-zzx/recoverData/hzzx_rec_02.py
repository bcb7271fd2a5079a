import numpy as np


def recover_data(Z, U, K):
    """Approximately recover the data from its K-dimensional projection.

    Parameters
    ----------
    Z : ndarray, shape (m, K)
    U : ndarray, shape (n, n), principal components in columns
    K : int

    Returns
    -------
    X_rec : ndarray, shape (m, n)
    """
    U_reduce = U[:, :K]
    X_rec = Z * U_reduce.T
    return X_rec
