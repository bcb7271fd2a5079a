import numpy as np
import pandas as pd


def featureNormalize(X):
    """Normalise every feature (column) of X to zero mean and unit std.

    Returns X_norm, mu, sigma. pandas' std uses the sample (N-1) divisor,
    which is what Octave's std does as well.
    """
    df = pd.DataFrame(X, dtype=float)
    mu = df.mean()
    sigma = df.std()
    X_norm = (df - mu) / sigma
    return X_norm.values, mu.values, sigma.values
