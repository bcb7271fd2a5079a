import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    m = X.shape[0]
    X = np.hstack((np.ones((m, 1)), X))

    h = pd.DataFrame(sigmoid(X @ all_theta.T))
    # the column with the highest probability is the predicted class
    p = h.idxmax(axis=1).values
    return p
