import numpy as np
import pandas as pd


def featureNormalize(X):
    df = pd.DataFrame(X)
    mu = df.mean()
    sigma = df.std()
    X_norm = (df - mu) / sigma
    return X_norm.values, mu.values, sigma.values


if __name__ == '__main__':
    data = pd.read_csv('ex1data2.txt', header=None)
    Xn, mu, sigma = featureNormalize(data.iloc[:, :2].values)
    print(mu, sigma)
