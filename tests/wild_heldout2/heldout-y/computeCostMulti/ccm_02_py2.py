# -*- coding: utf-8 -*-
# ex1_multi - linear regression with multiple variables
from numpy import *


def computeCostMulti(X, y, theta):
    m = len(y)
    err = dot(X, theta) - y
    J = 1/(2*m) * dot(err.T, err)
    return J[0][0]


if __name__ == '__main__':
    X = array([[1., 2104., 3.], [1., 1600., 3.], [1., 2400., 3.]])
    y = array([[399900.], [329900.], [369000.]])
    print 'Cost with theta = 0:', computeCostMulti(X, y, zeros((3, 1)))
