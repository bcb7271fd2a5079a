import numpy as np
import pandas as pd


def projectData(X, U, K):
    # accept the normalized dataframe too
    if isinstance(X, pd.DataFrame):
        X = X.values
    U_reduce = U[:, :K]
    Z = X.dot(U_reduce)
    return Z
