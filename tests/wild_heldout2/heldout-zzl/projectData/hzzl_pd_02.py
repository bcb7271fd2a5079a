import numpy as np


def project_data(X, U, K):
    """Computes the reduced data representation when projecting only
    on to the top K eigenvectors."""
    # make sure the data is centred before projecting
    X = X - np.mean(X, axis=0)
    U_reduce = U[:, :K]
    Z = np.dot(X, U_reduce)
    return Z
