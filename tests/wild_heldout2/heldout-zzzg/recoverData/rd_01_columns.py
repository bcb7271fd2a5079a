import numpy as np


def recover_data(Z, U, K):
    """Map projected points back to the original space.

    Examples are stored as columns here (as in the lecture notes):
    Z is K x m, U is n x n, the result is n x m.
    """
    U_reduce = U[:, :K]
    return U_reduce.dot(Z)
