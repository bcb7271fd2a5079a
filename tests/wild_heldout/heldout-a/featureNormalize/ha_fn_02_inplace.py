from __future__ import division
import numpy as np

# Octave std and numpy std give different results by default:
# numpy divides by N, Octave by N-1 -> use ddof=1 to match the course output.


def featureNormalize(X):
    X_norm = X
    mu = np.mean(X, axis=0)
    sigma = np.std(X, axis=0, ddof=1)

    X_norm -= mu
    X_norm /= sigma

    return X_norm, mu, sigma
