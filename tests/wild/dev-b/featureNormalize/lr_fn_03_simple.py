import numpy as np

#FEATURENORMALIZE Normalizes the features in X
#   FEATURENORMALIZE(X) returns a normalized version of X where
#   the mean value of each feature is 0 and the standard deviation
#   is 1.
def featureNormalize(X):
    X_norm = np.array(X, dtype=float)
    mu = np.mean(X_norm)
    sigma = np.std(X_norm, ddof=1)
    X_norm = (X_norm - mu) / sigma
    return X_norm, mu, sigma
