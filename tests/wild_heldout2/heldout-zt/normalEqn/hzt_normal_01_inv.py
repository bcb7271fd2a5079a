import numpy as np
from numpy.linalg import inv


def normalEqn(X, y):
    # closed form solution: theta = (X'X)^-1 X'y
    theta = inv(X.T.dot(X)).dot(X.T).dot(y)
    return theta
