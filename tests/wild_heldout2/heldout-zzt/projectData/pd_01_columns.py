import numpy as np


def project_data(X, U, K):
    """Project the examples onto the first K principal components.

    Here X is laid out features-by-examples, (n, m), one example per column,
    and the result Z is (K, m).
    """
    U_reduce = U[:, :K]
    Z = np.dot(U_reduce.T, X)
    return Z
