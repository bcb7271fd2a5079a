import numpy as np
from numpy import matrix


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    # X already has the column of ones (we added it when loading the data,
    # same X that was used for training in oneVsAll)
    X = matrix(X)
    all_theta = matrix(all_theta)

    h = sigmoid(X * all_theta.T)
    p = np.argmax(h, axis=1) + 1

    return p
