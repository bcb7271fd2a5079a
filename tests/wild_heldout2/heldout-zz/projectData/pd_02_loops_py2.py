import numpy as np

def projectData(X, U, K):
    # Compute the projection of the data using only the top K eigenvectors
    m = X.shape[0]
    Z = np.zeros((m, K))
    for i in xrange(m):
        x = X[i, :]
        for k in xrange(1, K):
            Z[i, k] = np.dot(x, U[:, k])
    return Z
