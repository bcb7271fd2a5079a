import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predictOneVsAll(all_theta, X):
    m = X.shape[0]
    num_labels = all_theta.shape[0]
    X = np.c_[np.ones(m), X]
    probs = pd.DataFrame(sigmoid(X.dot(all_theta.T)), columns=range(1, num_labels + 1))
    # column name of the most probable classifier = predicted label
    p = probs.idxmax(axis=1).values
    return p
