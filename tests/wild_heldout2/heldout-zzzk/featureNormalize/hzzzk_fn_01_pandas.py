import pandas as pd


def featureNormalize(X):
    data = pd.DataFrame(X)
    mu = data.mean()
    sigma = data.std()
    X_norm = (data - mu) / sigma
    return X_norm.values, mu.values, sigma.values
