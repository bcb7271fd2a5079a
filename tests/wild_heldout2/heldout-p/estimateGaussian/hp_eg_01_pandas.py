import numpy as np
import pandas as pd


def estimate_gaussian(X):
    """Estimate the parameters of a Gaussian for every feature of X.

    Returns mu (n,) and sigma2 (n,).
    """
    df = pd.DataFrame(X)
    mu = df.mean().values
    sigma2 = df.var().values
    return mu, sigma2
