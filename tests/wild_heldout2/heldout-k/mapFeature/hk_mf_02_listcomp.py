import numpy as np


def mapFeature(x1, x2):
    '''mapFeature(x1, x2) - polynomial features up to the sixth power'''
    degree = 6
    out = np.array([x1 ** j * x2 ** (i - j)
                    for i in range(degree + 1)
                    for j in range(i + 1)])
    return out.T
