import numpy as np
import pandas as pd


def featureNormalize(X):
    # let pandas do the column statistics
    df = pd.DataFrame(X)
    mu = df.mean()
    sigma = df.std()
    X_norm = (df - mu) / sigma
    return X_norm.values, mu.values, sigma.values


# data = pd.read_csv('ex1data2.txt', header=None, names=['Size', 'Bedrooms', 'Price'])
# X_norm, mu, sigma = featureNormalize(data.iloc[:, :2].values)
