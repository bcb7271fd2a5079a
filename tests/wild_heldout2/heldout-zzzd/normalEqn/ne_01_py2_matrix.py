# normalEqn.py -- closed form solution for linear regression
from numpy import *


def normalEqn(X, y):
    X = matrix(X)
    y = matrix(y)
    theta = (X.T * X).I * X.T * y
    return array(theta)


if __name__ == '__main__':
    X = array([[1, 2104, 3], [1, 1600, 3], [1, 2400, 3], [1, 1416, 2]], dtype=float)
    y = array([[399900.0], [329900.0], [369000.0], [232000.0]])
    print 'Theta computed from the normal equations:'
    print normalEqn(X, y)
