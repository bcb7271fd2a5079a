import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    X = np.matrix(np.column_stack((np.ones(m), X)))
    all_theta = np.matrix(all_theta)

    h = sigmoid(X * all_theta.T)
    p = np.argmax(h, axis=1).A1 + 1
    return p
