import numpy as np
import pandas as pd


def estimateGaussian(X):
    # use pandas for the column statistics
    df = pd.DataFrame(X)
    mu = df.mean().values
    sigma2 = df.var().values
    return mu, sigma2
