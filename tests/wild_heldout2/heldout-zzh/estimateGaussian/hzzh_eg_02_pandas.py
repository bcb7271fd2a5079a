import numpy as np
import pandas as pd


def estimateGaussian(X):
    # mean and variance of every feature (column)
    df = pd.DataFrame(X)
    mu = df.mean().values
    sigma2 = df.var().values
    return mu, sigma2
