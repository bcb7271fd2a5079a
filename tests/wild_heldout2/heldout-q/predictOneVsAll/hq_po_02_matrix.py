import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    # X already has the intercept column (we inserted it when loading the data)
    X = np.matrix(X)
    all_theta = np.matrix(all_theta)

    h = sigmoid(X * all_theta.T)

    # index of the max in each row, +1 because labels are 1..10
    p = np.argmax(h, axis=1) + 1
    return p
