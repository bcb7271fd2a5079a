import numpy as np
import pandas as pd


def featureNormalize(X):
    """Normalise each column to zero mean / unit std. Returns X_norm, mu, sigma."""
    df = pd.DataFrame(X)
    mu = df.mean()
    sigma = df.std()
    X_norm = (df - mu) / sigma
    return X_norm.values, mu.values, sigma.values
