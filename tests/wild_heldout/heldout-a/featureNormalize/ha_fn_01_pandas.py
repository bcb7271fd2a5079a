import numpy as np
import pandas as pd


def featureNormalize(X):
    """Return (X_norm, mu, sigma); pandas std() already uses ddof=1 like Octave."""
    df = pd.DataFrame(X)
    mu = df.mean()
    sigma = df.std()
    X_norm = (df - mu) / sigma
    return X_norm.values, mu.values, sigma.values
