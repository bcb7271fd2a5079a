import numpy as np
import pandas as pd


def map_feature(x1, x2, degree=6):
    """Create polynomial features of the two test scores (regularized logistic regression)."""
    x1 = np.asarray(x1).ravel()
    x2 = np.asarray(x2).ravel()

    data = pd.DataFrame({'Ones': np.ones(len(x1))})
    for i in range(1, degree):
        for j in range(0, i + 1):
            data['F' + str(i) + str(j)] = np.power(x1, j) * np.power(x2, i - j)

    return data.values
