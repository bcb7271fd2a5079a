import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predict(Theta1, Theta2, X):
    m = X.shape[0]
    num_labels = Theta2.shape[0]

    p = np.zeros((m, 1))

    a1 = np.hstack((np.ones((m, 1)), X))
    a2 = sigmoid(a1.dot(Theta1.T))
    a2 = np.hstack((np.ones((m, 1)), a2))
    a3 = sigmoid(a2.dot(Theta2.T))

    for i in xrange(m):
        best = 0
        for k in xrange(num_labels):
            if a3[i, k] >= best:
                best = a3[i, k]
                p[i] = k + 1

    print "predicted %d examples" % m
    return p
