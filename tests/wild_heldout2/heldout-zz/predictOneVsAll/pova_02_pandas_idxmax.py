import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    m = X.shape[0]
    X = np.insert(X, 0, values=np.ones(m), axis=1)

    # probability of each class for each example
    h = pd.DataFrame(sigmoid(X @ all_theta.T))

    # class with the highest probability
    p = h.idxmax(axis=1).values
    return p.reshape(m, 1)
