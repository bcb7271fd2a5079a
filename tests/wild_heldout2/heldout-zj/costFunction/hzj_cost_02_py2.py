import numpy as np
from sigmoid import sigmoid


def costFunction(theta, X, y):
    """ Compute cost and gradient for logistic regression """
    m = len(y)

    h = sigmoid(X.dot(theta))

    J = 1/m * (-y.T.dot(np.log(h)) - (1 - y).T.dot(np.log(1 - h)))
    grad = 1/m * X.T.dot(h - y)

    print "Cost at theta:", J
    return J, grad
