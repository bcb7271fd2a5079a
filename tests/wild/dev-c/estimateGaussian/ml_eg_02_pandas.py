import numpy as np
import pandas as pd


def estimate_gaussian(X):
    """Fit an independent gaussian to every column of X.

    returns (mu, sigma2), each of shape (n,)
    """
    df = pd.DataFrame(X)
    mu = df.mean().values
    sigma2 = df.var().values
    return mu, sigma2
