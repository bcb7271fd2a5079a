import numpy as np


def normal_equation(X, y):
    """Closed form solution of linear regression.

    X is the raw feature matrix (m x n) *without* the intercept column;
    the column of ones is added here. Returns theta with the intercept first.
    """
    m = X.shape[0]
    Xb = np.c_[np.ones(m), X]

    # pinv is safer than inv when X'X is singular
    theta = np.linalg.pinv(Xb.T @ Xb) @ Xb.T @ y
    return theta
