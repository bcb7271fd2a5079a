import numpy as np


def projectData(X, U, K):
    # top K eigenvectors
    Ureduce = np.matrix(U[:, :K])
    Z = np.matrix(X) * Ureduce
    return Z
