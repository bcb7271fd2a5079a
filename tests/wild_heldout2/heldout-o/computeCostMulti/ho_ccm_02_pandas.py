import numpy as np
import pandas as pd


def compute_cost_multi(X, y, theta):
    # X, y may come straight from the DataFrame (data.iloc[:, :-1], data.iloc[:, -1:])
    if isinstance(X, pd.DataFrame):
        X = X.values
    if isinstance(y, (pd.DataFrame, pd.Series)):
        y = y.values
    m = X.shape[1]
    error = X.dot(theta) - y
    return float(np.squeeze(error.T.dot(error))) / (2 * m)
