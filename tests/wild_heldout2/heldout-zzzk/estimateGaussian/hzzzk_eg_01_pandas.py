import numpy as np
import pandas as pd


def estimateGaussian(X):
    """Per-feature mean and (maximum-likelihood) variance of X."""
    df = pd.DataFrame(X)
    mu = df.mean()
    sigma2 = df.var(ddof=0)   # divide by m like the exercise
    return mu.values, sigma2.values
