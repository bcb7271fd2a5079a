import numpy as np
import pandas as pd


def featureNormalize(X):
    """Normalize every feature (column) to zero mean and unit std.

    Returns X_norm, mu, sigma as numpy arrays.
    """
    df = pd.DataFrame(X)
    mu = df.mean()
    sigma = df.std()
    X_norm = (df - mu) / sigma
    return X_norm.values, mu.values, sigma.values
