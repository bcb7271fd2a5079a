import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    num_labels = all_theta.shape[0]

    X = np.hstack((np.ones((m, 1)), X))
    p = np.zeros((m, 1))

    for i in xrange(m):
        best = -1
        for c in xrange(num_labels):
            prob = sigmoid(X[i, :].dot(all_theta[c, :]))
            if prob >= best:
                best = prob
                p[i] = c + 1

    return p
