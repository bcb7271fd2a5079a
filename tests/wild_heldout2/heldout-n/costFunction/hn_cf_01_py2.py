# ex2 - logistic regression cost (python 2.7)
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def costFunction(theta, X, y):
    m = len(y)
    h = sigmoid(np.dot(X, theta))
    J = 1/m * (-np.dot(y.T, np.log(h)) - np.dot((1 - y).T, np.log(1 - h)))
    grad = 1/m * np.dot(X.T, h - y)
    print "cost:", J
    return J, grad
