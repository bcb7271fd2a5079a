import numpy as np
import pandas as pd


def featureNormalize(X):
    """Normalise each column of X to mean 0 / std 1 (pandas version).

    Returns X_norm, mu, sigma as numpy arrays.
    """
    df = pd.DataFrame(X)
    mu = df.mean()
    sigma = df.std()
    X_norm = (df - mu) / sigma
    return X_norm.values, mu.values, sigma.values
