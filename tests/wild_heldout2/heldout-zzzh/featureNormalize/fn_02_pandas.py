import pandas as pd


def featureNormalize(X):
    df = pd.DataFrame(X)
    mu = df.mean()
    sigma = df.std()
    X_norm = (df - mu) / sigma
    return X_norm.values, mu.values, sigma.values
