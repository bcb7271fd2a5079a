import numpy as np


def project_data(X, U, k):
    # X holds one example per COLUMN (n x m), like the rest of this repo,
    # so the projection is U_reduce^T X and Z comes back k x m
    U_reduce = U[:, 0:k]
    Z = np.dot(U_reduce.T, X)
    return Z
