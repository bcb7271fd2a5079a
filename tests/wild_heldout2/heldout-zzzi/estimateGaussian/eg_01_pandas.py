import numpy as np
import pandas as pd


def estimate_gaussian(X):
    """Return (mu, sigma2) for every feature (column) of X."""
    df = pd.DataFrame(X)
    mu = df.mean().values
    sigma2 = df.var().values
    return mu, sigma2
