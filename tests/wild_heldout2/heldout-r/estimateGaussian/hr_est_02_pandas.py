import numpy as np
import pandas as pd


def estimate_gaussian(X):
    """Return (mu, sigma2) of every column of X, both as (n, 1) columns."""
    df = pd.DataFrame(X)
    mu = df.mean().values.reshape(-1, 1)
    sigma2 = df.var().values.reshape(-1, 1)
    return mu, sigma2
