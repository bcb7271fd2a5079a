import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    num_labels = all_theta.shape[0]

    p = np.zeros((m, 1))

    # Add ones to the X data matrix
    X = np.column_stack((np.ones((m, 1)), X))

    h = sigmoid(np.dot(X, all_theta.T))

    for i in range(m):
        best = -1
        for c in range(num_labels):
            if h[i, c] >= best:
                best = h[i, c]
                p[i] = c + 1

    return p
