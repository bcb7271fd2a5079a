import numpy as np
import pandas as pd


def estimate_gaussian(X):
    """mean and variance of every feature of X (m x n)"""
    df = pd.DataFrame(X)
    mu = df.mean().values
    sigma2 = df.var().values
    return mu.reshape(-1, 1), sigma2.reshape(-1, 1)
