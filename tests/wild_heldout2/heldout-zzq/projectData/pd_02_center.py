import numpy as np


def project_data(X, U, K):
    """Project X (m, n) onto the top K principal components (first K columns of U)."""
    X_centered = X - X.mean(axis=0)
    U_reduce = U[:, :K]
    Z = X_centered @ U_reduce
    return Z
