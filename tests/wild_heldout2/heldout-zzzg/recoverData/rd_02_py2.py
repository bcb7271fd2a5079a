import numpy as np


def recoverData(Z, U, K):
    m = Z.shape[0]
    n = U.shape[0]
    X_rec = np.zeros((m, n))
    for i in xrange(m):
        z = Z[i, :]
        X_rec[i, :] = np.dot(z, U[:K, :])
    return X_rec


if __name__ == '__main__':
    U = np.eye(2)
    Z = np.array([[1.0], [2.0]])
    print recoverData(Z, U, 1)
