import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    # X here is the design matrix used for training, i.e. the column of
    # ones was already prepended with np.insert(X, 0, 1, axis=1)
    probs = sigmoid(np.dot(X, all_theta.T))
    p = np.argmax(probs, axis=1) + 1
    return p.reshape(-1, 1)
