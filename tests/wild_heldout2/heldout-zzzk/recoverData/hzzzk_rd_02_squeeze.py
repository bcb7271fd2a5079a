import numpy as np


def recover_data(Z, U, K):
    """Project Z (m x K) back onto the original n-dimensional space."""
    # projections of a single component come out of loadmat as (m, 1)
    Z = np.squeeze(Z)
    if Z.ndim == 1:
        Z = Z.reshape(-1, 1)
    U_reduce = U[:, :K]
    return np.dot(Z, U_reduce.T)
