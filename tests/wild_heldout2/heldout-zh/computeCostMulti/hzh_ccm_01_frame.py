import numpy as np
import pandas as pd


def compute_cost_multi(X, y, theta):
    """Cost for linear regression with multiple variables.

    Works with the DataFrames from pd.read_csv('ex1data2.txt') as well as
    with plain arrays.
    """
    if isinstance(X, pd.DataFrame):
        X = X.values
    if isinstance(y, (pd.Series, pd.DataFrame)):
        y = y.values
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1)
    theta = np.asarray(theta, dtype=float).reshape(-1)

    m = y.shape[0]
    residual = X.dot(theta) - y
    J = residual.dot(residual) / (2 * m)
    return J
