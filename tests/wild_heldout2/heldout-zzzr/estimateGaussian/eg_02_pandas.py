import numpy as np
import pandas as pd


def estimateGaussian(X):
    # put the features in a DataFrame so we get per-column statistics
    df = pd.DataFrame(X)
    mu = df.mean().values
    sigma2 = df.var().values
    return mu.reshape(-1, 1), sigma2.reshape(-1, 1)
