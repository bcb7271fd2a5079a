# featureNormalize.py  -- ex1 (python 2.7)
import numpy as np
import math


def featureNormalize(X):
    X_norm = X.copy()
    m, n = X.shape
    mu = np.zeros(n)
    sigma = np.zeros(n)

    for j in xrange(n):
        col = X[:, j]
        mu[j] = np.sum(col) / m
        s = 0.0
        for i in xrange(m):
            s += (col[i] - mu[j]) ** 2
        sigma[j] = math.sqrt(s / (m - 1))
        X_norm[:, j] = (col - mu[j]) / sigma[j]

    print 'mu =', mu
    print 'sigma =', sigma
    return X_norm, mu, sigma
