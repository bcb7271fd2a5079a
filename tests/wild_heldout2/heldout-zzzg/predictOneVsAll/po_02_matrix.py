import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    X = np.matrix(np.hstack((np.ones((m, 1)), X)))
    all_theta = np.matrix(all_theta)

    h = sigmoid(X * all_theta.T)        # m x K
    p = np.argmax(h, axis=1) + 1        # labels start at 1 in the course
    return p.A1
