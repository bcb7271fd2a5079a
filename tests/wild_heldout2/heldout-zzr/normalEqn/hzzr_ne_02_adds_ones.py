import numpy as np


def normal_eqn(X, y):
    """Closed form solution of linear regression.

    X are the raw features (m, n); the intercept column is added here.
    """
    X = np.hstack((np.ones((X.shape[0], 1)), X))
    theta = np.linalg.pinv(X.T @ X) @ X.T @ y
    return theta
