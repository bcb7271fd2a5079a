import numpy as np


def recover_data(Z, U, K):
    """Map the projections back to the original space.

    Examples are stored as columns here: Z is K x m, the result is n x m.
    """
    return U[:, :K] @ Z
