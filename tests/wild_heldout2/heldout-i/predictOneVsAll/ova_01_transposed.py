import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


# PREDICT Predict the label for a trained one-vs-all classifier. The labels
# are in the range 1..K, where K = all_theta.shape[0].
def predictOneVsAll(all_theta, X):
    m = X.shape[0]

    # Add ones to the X data matrix
    X = np.vstack((np.ones(m), X.T)).T

    probs = sigmoid(np.dot(all_theta, X.T))   # K x m
    p = np.argmax(probs, axis=0) + 1

    return p.reshape(m, 1)
