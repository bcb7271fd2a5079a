import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    num_labels = all_theta.shape[0]

    X = np.concatenate([np.ones((m, 1)), X], axis=1)
    probs = sigmoid(X.dot(all_theta.T))

    p = np.zeros((m, 1))
    for i in range(m):
        best = -1
        for c in range(num_labels):
            if probs[i, c] >= best:
                best = probs[i, c]
                p[i] = c + 1
    return p
