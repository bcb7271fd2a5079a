import numpy as np


def projectData(X, U, K):
    """Project the data onto the top K eigenvectors.

    X is n x m here (one example per COLUMN, features down the rows),
    and the result Z is K x m.
    """
    U_reduce = U[:, :K]
    return np.dot(U_reduce.T, X)
