import numpy as np
import pandas as pd


def computeCostMulti(X, y, theta):
    """Cost for linear regression with multiple variables.

    X can be the DataFrame straight out of read_csv (with the ones column
    inserted) or a numpy array.
    """
    if isinstance(X, pd.DataFrame):
        X = X.values
    if isinstance(y, (pd.Series, pd.DataFrame)):
        y = y.values
    y = np.asarray(y).flatten()

    m = y.size
    predictions = X.dot(theta)
    sq_errors = (predictions - y) ** 2
    J = sq_errors.sum() / (2 * m)
    return J
