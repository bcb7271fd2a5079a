import numpy as np


def recoverData(Z, U, K):
    X_rec = np.zeros((Z.shape[0], U.shape[0]))

    # For the i-th example Z(i,:), the recovered value for dimension j is
    #   v' * U(j, 1:K)'
    for i in range(Z.shape[0]):
        v = Z[i, :]
        for j in range(U.shape[0]):
            X_rec[i, j] = v.dot(U[:K, j])

    return X_rec
