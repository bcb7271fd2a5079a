import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    num_labels = all_theta.shape[0]
    p = np.zeros((m, 1))
    X = np.hstack((np.ones((m, 1)), X))

    for i in xrange(1, m):
        h = sigmoid(np.dot(all_theta, X[i, :]))
        p[i] = np.argmax(h) + 1

    print "predicted %d examples with %d classifiers" % (m, num_labels)
    return p
