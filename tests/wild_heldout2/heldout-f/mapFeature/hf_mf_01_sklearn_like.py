import numpy as np

DEGREE = 6


def map_feature(x1, x2):
    """Polynomial terms of x1, x2 up to DEGREE.

    The intercept column is NOT included: the cost / gradient functions of
    this repo add the column of ones themselves (add_intercept in utils),
    so the result has 27 columns:
        x1, x2, x1^2, x1*x2, x2^2, ..., x2^6
    """
    x1 = np.ravel(x1)
    x2 = np.ravel(x2)
    terms = []
    for i in range(1, DEGREE + 1):
        for j in range(i + 1):
            terms.append(x1 ** (i - j) * x2 ** j)
    return np.stack(terms, axis=1)
