import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    m = X.shape[0]

    # add the bias column
    X = np.matrix(np.hstack((np.ones((m, 1)), X)))
    all_theta = np.matrix(all_theta)

    h = sigmoid(X * all_theta.T)
    p = np.argmax(h, axis=1)

    return p.A1
