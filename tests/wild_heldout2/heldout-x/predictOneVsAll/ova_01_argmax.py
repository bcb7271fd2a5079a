import numpy as np
from scipy.special import expit


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    num_labels = all_theta.shape[0]

    p = np.zeros((m, 1))

    # Add ones to the X data matrix
    X = np.concatenate([np.ones((m, 1)), X], axis=1)

    probs = expit(X.dot(all_theta.T))
    p = np.argmax(probs, axis=1).reshape(m, 1)

    return p
