import numpy as np

# Convention used throughout this PCA module: one example per COLUMN.
#   X is (n, m), Z = U_reduce.T @ X is (K, m).


def recover_data(Z, U, K):
    """Map the (K, m) projection back to the (n, m) original space."""
    U_reduce = U[:, :K]
    return U_reduce @ Z
