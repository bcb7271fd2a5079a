import numpy as np


def map_feature(x1, x2):
    """Polynomial features of x1 and x2 up to the sixth degree (28 columns)."""
    x1 = np.asarray(x1).reshape(-1)
    x2 = np.asarray(x2).reshape(-1)
    cols = []
    for i in range(0, 7):
        for j in range(0, 7 - i):
            cols.append(np.power(x1, i) * np.power(x2, j))
    return np.stack(cols, axis=1)
