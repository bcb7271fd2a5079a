import numpy as np
import pandas as pd


def featureNormalize(X):
    mu = np.mean(X)
    sigma = np.std(X)
    X_norm = (X - mu) / sigma
    return X_norm, mu, sigma


if __name__ == '__main__':
    data = pd.read_csv('ex1data2.txt', header=None).values
    X, y = data[:, :2], data[:, 2]
    X, mu, sigma = featureNormalize(X)
    print(mu, sigma)
