import numpy as np
import pandas as pd


def computeCostMulti(X, y, theta):
    # accept DataFrames (from pd.read_csv('ex1data2.txt')) as well as arrays
    if isinstance(X, pd.DataFrame):
        X = X.values
    if isinstance(y, (pd.Series, pd.DataFrame)):
        y = y.values

    m = len(y)
    error = X.dot(theta).reshape(-1) - y.reshape(-1)
    J = error.T.dot(error) / (2 * m)
    return J
