import numpy as np
import pandas as pd


def pca(X):
    # covariance matrix of the (normalised) features
    df = pd.DataFrame(X)
    Sigma = df.cov().values

    U, S, V = np.linalg.svd(Sigma)
    return U, np.diag(S)
