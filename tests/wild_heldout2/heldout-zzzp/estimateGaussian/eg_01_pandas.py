import numpy as np
import pandas as pd


def estimateGaussian(X):
    """mu and sigma2 of every feature (columns of X), as (n, 1) columns."""
    df = pd.DataFrame(X)
    mu = df.mean().values.reshape(-1, 1)
    sigma2 = df.var().values.reshape(-1, 1)
    return mu, sigma2
