from numpy.linalg import inv
import numpy as np


def normalEqn(X, y):
    theta = inv(X.T.dot(X)).dot(X.T).dot(y)
    print "theta from normal equations:", theta.ravel()
    return theta
