import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    all_theta = np.matrix(all_theta)
    X = np.matrix(X)
    m = X.shape[0]

    # add the intercept column
    X = np.hstack((np.ones((m, 1)), X))

    h = sigmoid(X * all_theta.T)        # m x K

    # labels run from 1 to K
    p = np.argmax(h, axis=1).A1 + 1
    return p
