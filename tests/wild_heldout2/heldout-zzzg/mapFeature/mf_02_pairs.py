import numpy as np

DEGREE = 6


def map_feature(x1, x2):
    """Polynomial feature mapping used in ex2_reg.

    x1, x2 : (m,) arrays with the two test scores
    returns (m, 28) matrix: every x1^a * x2^b with a + b <= 6, bias first
    """
    m = len(x1)
    out = np.ones((m, 1))
    for a in range(DEGREE + 1):
        for b in range(DEGREE + 1 - a):
            if a == 0 and b == 0:
                continue
            term = (np.power(x1, a) * np.power(x2, b)).reshape(m, 1)
            out = np.hstack((out, term))
    return out
