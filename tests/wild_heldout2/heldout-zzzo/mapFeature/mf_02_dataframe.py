import numpy as np
import pandas as pd

DEGREE = 6


def map_feature(X):
    """Polynomial features of the two test scores.

    X : DataFrame (or array) with the two features as its columns, shape (m, 2)
    returns an (m, 28) ndarray: 1, x1, x2, x1^2, x1 x2, x2^2, ..., x2^6
    """
    X = pd.DataFrame(X)
    x1 = X.iloc[:, 0]
    x2 = X.iloc[:, 1]
    out = pd.DataFrame({'F00': np.ones(len(X))}, index=X.index)
    for i in range(1, DEGREE + 1):
        for j in range(i + 1):
            out['F' + str(i - j) + str(j)] = np.power(x1, i - j) * np.power(x2, j)
    return out.values
