import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


num_labels = 10  # 10 labels, from 1 to 10


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    X = np.hstack((np.ones((m, 1)), X))
    probs = np.zeros((m, num_labels))
    for c in range(num_labels):
        probs[:, c] = sigmoid(X.dot(all_theta[c, :]))
    p = np.argmax(probs, axis=1)
    return p
