import numpy as np


def compute_cost(X, y, theta):
    """Squared error cost J(theta) for linear regression.

    X: (m, 2) design matrix with the column of ones.
    y: (m, 1) column of targets, as sliced from the data file (data[:, [1]]).
    theta can come straight from scipy.optimize (1-D) or as a column.
    """
    theta = theta.flatten()
    m = y.shape[0]
    predictions = X @ theta
    errors = predictions - y
    return (1 / (2 * m)) * np.sum(np.square(errors))
