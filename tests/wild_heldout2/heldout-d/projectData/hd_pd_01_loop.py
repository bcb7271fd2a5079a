import numpy as np


def project_data(X, U, K):
    m = X.shape[0]
    Z = np.zeros((m, K))
    U_reduce = U[:, 0:K]
    for i in range(m):
        x = X[i, :]
        Z[i, :] = x.dot(U_reduce)
    return Z
