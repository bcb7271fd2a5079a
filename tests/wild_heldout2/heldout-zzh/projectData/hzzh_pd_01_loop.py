import numpy as np


def projectData(X, U, K):
    """Projection of the (normalized) examples onto the top K eigenvectors."""
    m = X.shape[0]
    Z = np.zeros((m, K))
    for i in range(m):
        x = X[i, :]
        for k in range(K):
            Z[i, k] = x.dot(U[:, k])
    return Z
