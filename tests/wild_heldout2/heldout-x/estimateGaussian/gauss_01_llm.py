import numpy as np


def estimate_gaussian(X: np.ndarray):
    """Estimate the parameters of a per-feature Gaussian distribution.

    Equivalent of the MATLAB function ``estimateGaussian``: for every column
    of ``X`` compute its mean and its variance.

    Parameters
    ----------
    X : np.ndarray
        Data matrix of shape (m, n), one example per row.

    Returns
    -------
    mu : np.ndarray
        Means, shape (n, 1).
    sigma2 : np.ndarray
        Variances, shape (n, 1).
    """
    mu = np.mean(X, axis=0).reshape(-1, 1)
    # ddof=1 to match MATLAB's var(), which normalises by m - 1
    sigma2 = np.var(X, axis=0, ddof=1).reshape(-1, 1)
    return mu, sigma2
