import numpy as np
import pandas as pd


def map_feature(x1, x2, power=6):
    """Polynomial feature mapping for ex2 (regularised logistic regression).

    x1, x2 : 1-D arrays or pandas Series (e.g. df['Test 1'], df['Test 2'])
    """
    x1 = pd.Series(np.ravel(x1))
    x2 = pd.Series(np.ravel(x2))
    data = {'F00': np.ones(len(x1))}
    for i in range(1, power + 1):
        for j in range(i + 1):
            data['F{}{}'.format(i - j, j)] = np.power(x1, j) * np.power(x2, i - j)
    return pd.DataFrame(data).values
