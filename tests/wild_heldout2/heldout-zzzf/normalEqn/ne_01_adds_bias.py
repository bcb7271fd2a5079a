import numpy as np
import pandas as pd


def normal_eqn(X, y):
    """Closed form solution theta = pinv(X'X) X'y.

    X are the raw features (DataFrame or array), the intercept column is added here.
    """
    if isinstance(X, pd.DataFrame):
        X = X.values
    X = np.c_[np.ones(X.shape[0]), X]
    theta = np.linalg.pinv(X.T.dot(X)).dot(X.T).dot(y)
    return theta
