import numpy as np
import pandas as pd


def estimateGaussian(X):
    """Estimate mean and variance of each feature (columns of X).

    Returns mu and sigma2 as column vectors (n x 1) like the octave version.
    """
    df = pd.DataFrame(X)
    mu = df.mean().values
    sigma2 = df.var().values
    return mu.reshape(-1, 1), sigma2.reshape(-1, 1)
