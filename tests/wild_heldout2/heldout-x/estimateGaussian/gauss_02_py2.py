import numpy as np


def estimateGaussian(X):
    m, n = X.shape
    print "estimateGaussian: %d examples, %d features" % (m, n)

    mu = np.zeros(n)
    sigma2 = np.zeros(n)

    for j in xrange(n):
        s = 0.0
        for i in xrange(m):
            s += X[i, j]
        mu[j] = s / m

    for j in xrange(n):
        s = 0.0
        for i in xrange(1, m):
            s += (X[i, j] - mu[j]) ** 2
        sigma2[j] = s / m

    return mu, sigma2
