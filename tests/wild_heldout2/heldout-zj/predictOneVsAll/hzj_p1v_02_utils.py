import numpy as np

from utils.sigmoid import sigmoid


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    num_labels = all_theta.shape[0]

    p = np.zeros((m, 1))

    # Add ones to the X data matrix
    X = np.column_stack((np.ones((m, 1)), X))

    # probability of every class for every example, pick the most likely one
    h = sigmoid(np.dot(X, all_theta.T))
    p = np.argmax(h, axis=1)

    return p
