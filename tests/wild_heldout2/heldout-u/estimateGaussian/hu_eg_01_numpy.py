import numpy as np


def estimateGaussian(X):
    """mu and sigma2 of every feature (maximum likelihood, divide by m).

    np.var uses ddof=0 by default, which is exactly the 1/m version.
    Returned as (n, 1) columns like the octave code.
    """
    mu = np.mean(X, axis=0).reshape(-1, 1)
    sigma2 = np.var(X, axis=0).reshape(-1, 1)
    return mu, sigma2
