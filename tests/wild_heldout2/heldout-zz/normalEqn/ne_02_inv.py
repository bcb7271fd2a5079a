import numpy as np
from numpy.linalg import inv


def normalEqn(X, y):
    theta = np.zeros((X.shape[1], 1))
    theta = inv(X.T.dot(X)).dot(X.T).dot(y)
    return theta
