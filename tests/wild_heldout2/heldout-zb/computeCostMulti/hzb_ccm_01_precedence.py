# ex1_multi.py  --  linear regression with multiple variables
import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = np.dot(X, theta) - y
    J = np.dot(err.T, err) / 2*m
    return J
