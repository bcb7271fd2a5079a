import numpy as np


def recoverData(Z, U, K):
    # X_rec(i,:) = sum_k Z(i,k) * U(:,k)'
    m = Z.shape[0]
    n = U.shape[0]
    X_rec = np.zeros((m, n))

    for i in xrange(m):
        for k in xrange(1, K):
            X_rec[i, :] += Z[i, k] * U[:, k]

    print "recovered", X_rec.shape
    return X_rec
