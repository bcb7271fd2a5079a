import numpy as np
import pandas as pd


def estimate_gaussian(X):
    """Mean and (maximum likelihood) variance of every feature of X."""
    df = pd.DataFrame(X)
    mu = df.mean().values
    sigma2 = df.var(ddof=0).values   # divide by m, not m-1
    return mu, sigma2
