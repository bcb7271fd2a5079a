import numpy as np


def recover_data(U, Z, K):
    """Approximate reconstruction of the data from its K-dim projection.

    U: (n, n) eigenvectors (columns), Z: (m, K) projected data.
    """
    k_list = list(range(0, K))
    u_reduce = U[:, k_list]
    return np.dot(Z, u_reduce.T)
