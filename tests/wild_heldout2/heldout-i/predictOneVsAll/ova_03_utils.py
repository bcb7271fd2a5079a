import numpy as np

from utils.sigmoid import sigmoid


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    num_labels = all_theta.shape[0]

    # You need to return the following variables correctly
    p = np.zeros((m, 1))

    # Add ones to the X data matrix
    X = np.column_stack((np.ones((m, 1)), X))

    # predictions from 1 to num_labels
    z = np.dot(X, np.transpose(all_theta))
    hypothesis = sigmoid(z)
    p = np.argmax(hypothesis, axis=1)

    return p
