import numpy as np
import pandas as pd


def compute_cost_multi(X, y, theta):
    """Linear regression cost. X are the raw features (DataFrame or array),
    the intercept column is added here."""
    if isinstance(X, pd.DataFrame):
        X = X.values
    if isinstance(y, (pd.DataFrame, pd.Series)):
        y = y.values

    m = len(y)
    X = np.c_[np.ones(m), X]

    inner = X.dot(theta) - y
    J = inner.T.dot(inner) / (2 * m)
    return J
