import numpy as np
import pandas as pd


def estimateGaussian(X):
    """mean and variance of every feature (variance with 1/m, not 1/(m-1))"""
    df = pd.DataFrame(X)
    mu = df.mean().values
    sigma2 = df.var(ddof=0).values
    return mu.reshape(-1, 1), sigma2.reshape(-1, 1)
