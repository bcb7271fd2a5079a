import numpy as np
import pandas as pd


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def predict_one_vs_all(all_theta, X):
    """Return the predicted class (1..K) of each row of X."""
    m = X.shape[0]
    X = np.insert(X, 0, values=np.ones(m), axis=1)

    probs = pd.DataFrame(sigmoid(X @ all_theta.T))
    # column with the highest probability for each example
    pred = probs.idxmax(axis=1)
    return pred.as_matrix()
