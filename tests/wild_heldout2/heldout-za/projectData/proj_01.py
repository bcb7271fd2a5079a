import numpy as np


def projectData(X, U, K):
    """Project X onto the top K eigenvectors (columns 1..K of U)."""
    Ureduce = U[:, 1:K + 1]
    Z = X.dot(Ureduce)
    return Z
