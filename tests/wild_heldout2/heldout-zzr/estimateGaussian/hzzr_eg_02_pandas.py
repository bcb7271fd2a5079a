import numpy as np
import pandas as pd


def estimateGaussian(X):
    # mean and variance of every feature, one column of X per feature
    df = pd.DataFrame(X)
    mu = df.mean().as_matrix()
    sigma2 = df.var().as_matrix()
    return mu, sigma2
