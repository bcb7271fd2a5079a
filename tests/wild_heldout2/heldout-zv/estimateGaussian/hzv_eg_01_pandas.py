import numpy as np
import pandas as pd


def estimateGaussian(X):
    # mean and variance of every feature (column)
    df = pd.DataFrame(X)
    mu = df.mean().values
    # maximum likelihood estimate -> divide by m, pandas default is m-1
    sigma2 = df.var(ddof=0).values
    return mu.reshape(-1, 1), sigma2.reshape(-1, 1)
