import numpy as np
import pandas as pd


def featureNormalize(X):
    """Normalise each column to zero mean and unit (sample) standard deviation.
    Returns X_norm, mu, sigma as numpy arrays."""
    df = pd.DataFrame(X)
    mu = df.mean()
    sigma = df.std()          # pandas uses ddof=1, same as Octave std
    X_norm = (df - mu) / sigma
    return X_norm.values, mu.values, sigma.values
