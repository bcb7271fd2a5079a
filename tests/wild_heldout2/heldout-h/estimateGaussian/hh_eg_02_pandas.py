import numpy as np
import pandas as pd


def estimate_gaussian(X):
    df = pd.DataFrame(X)
    mu = df.mean().as_matrix()
    sigma2 = df.var().as_matrix()
    return mu, sigma2
