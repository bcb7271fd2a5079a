import numpy as np
import pandas as pd


def normal_eqn(X, y):
    """theta = pinv(X'X) X'y

    X: raw features (DataFrame or array), WITHOUT the column of ones --
       the intercept column is added here.
    y: targets
    """
    if isinstance(X, pd.DataFrame):
        X = X.values
    if isinstance(y, (pd.Series, pd.DataFrame)):
        y = y.values
    X = np.column_stack((np.ones(X.shape[0]), X))
    theta = np.linalg.pinv(X.T @ X) @ X.T @ y
    return theta
