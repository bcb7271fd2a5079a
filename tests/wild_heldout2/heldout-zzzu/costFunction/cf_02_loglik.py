import numpy


def sigmoid(X):
    '''Compute the sigmoid function'''
    den = 1.0 + numpy.exp(-1.0 * X)
    return 1.0 / den


def costFunction(theta, X, y):
    y = y.ravel()
    p_1 = sigmoid(numpy.dot(X, theta))  # predicted probability of label 1
    log_l = (-y) * numpy.log(p_1) - (1 - y) * numpy.log(1 - p_1)  # log-likelihood vector

    error = p_1 - y
    grad = numpy.dot(error, X)

    return log_l.mean(), grad
