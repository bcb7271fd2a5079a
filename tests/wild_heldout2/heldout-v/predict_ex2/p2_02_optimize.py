import numpy as np
from scipy.special import expit


def predict(theta, X):
    # theta is the 1-D result.x of scipy.optimize.minimize
    p = expit(np.dot(X, theta))
    return (p >= 0.5).astype(int)
