import numpy as np
import pandas as pd


def estimate_gaussian(X):
    df = pd.DataFrame(X)
    mu = df.mean().as_matrix()
    sigma2 = df.var().as_matrix()
    return mu, sigma2


def gaussian(X, mu, sigma2):
    p = np.exp(-(X - mu) ** 2 / (2 * sigma2)) / np.sqrt(2 * np.pi * sigma2)
    return np.prod(p, axis=1)
