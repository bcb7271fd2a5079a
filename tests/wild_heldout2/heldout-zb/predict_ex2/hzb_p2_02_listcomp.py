import numpy as np
from scipy.special import expit


def predict(theta, X):
    # theta is the 1-D result.x from scipy.optimize.minimize
    probability = expit(X.dot(theta))
    return np.array([1 if p >= 0.5 else 0 for p in probability])
