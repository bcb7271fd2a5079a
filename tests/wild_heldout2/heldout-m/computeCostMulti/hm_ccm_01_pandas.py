import numpy as np
import pandas as pd


def computeCostMulti(X, y, theta):
    """
    X : DataFrame or array (m, n+1) with the column of ones
    y : Series / DataFrame / array with m targets
    theta : (n+1,) or (n+1, 1)
    """
    if isinstance(X, pd.DataFrame):
        X = X.values
    if isinstance(y, (pd.Series, pd.DataFrame)):
        y = y.values
    m = len(y)
    err = X @ np.reshape(theta, (-1, 1)) - np.reshape(y, (-1, 1))
    J = (err.T @ err).item() / (2 * m)
    return J
