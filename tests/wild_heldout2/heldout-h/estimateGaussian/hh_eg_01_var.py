import numpy as np


def estimateGaussian(X):
    """Estimate the parameters of a Gaussian for every feature of X.

    Returns mu and sigma2 as (n, 1) column vectors (same as the Octave code).
    """
    mu = np.mean(X, axis=0).reshape(-1, 1)
    # np.var divides by m (ddof=0), which is what the exercise asks for
    sigma2 = np.var(X, axis=0).reshape(-1, 1)
    return mu, sigma2
