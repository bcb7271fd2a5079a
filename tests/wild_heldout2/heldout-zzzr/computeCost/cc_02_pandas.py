import numpy as np
import pandas as pd


def compute_cost(X, y, theta):
    """Cost for linear regression.

    X -- DataFrame or array (m x 2) with the intercept column
    y -- Series or array of targets
    theta -- parameters, reshaped to a column vector
    """
    if isinstance(X, pd.DataFrame):
        X = X.values
    X = np.asarray(X, dtype=float)
    y = np.asarray(y).flatten()
    theta = np.asarray(theta, dtype=float).reshape(-1, 1)

    m = len(y)
    predictions = X.dot(theta)
    sq_errors = (predictions - y) ** 2
    J = 1 / (2 * m) * np.sum(sq_errors)
    return J
