from numpy import *


def sigmoid(z):
    return 1.0 / (1.0 + exp(-z))


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    num_labels = Theta2.shape[0]
    p = zeros((m, 1))

    h1 = sigmoid(dot(hstack((ones((m, 1)), X)), Theta1.T))
    h2 = sigmoid(dot(hstack((ones((m, 1)), h1)), Theta2.T))

    for i in xrange(m):
        best = 0
        for k in xrange(num_labels):
            if h2[i, k] >= h2[i, best]:
                best = k
        p[i] = best + 1

    return p
