import numpy as np


def recoverData(Z, U, K):
    # Octave: U(:, 1:K)
    U_reduce = U[:, 1:K + 1]
    X_rec = np.dot(Z, U_reduce.T)
    return X_rec
