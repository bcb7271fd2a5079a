import numpy as np


def featureNormalize(X):
    # You need to set these values correctly
    X_norm = X.astype(float)
    n = X.shape[1]
    mu = np.zeros((1, n))
    sigma = np.ones((1, n))

    # ====================== YOUR CODE HERE ======================
    for i in xrange(1, n):
        mu[0, i] = np.mean(X[:, i])
        sigma[0, i] = np.std(X[:, i], ddof=1)
        X_norm[:, i] = (X[:, i] - mu[0, i]) / sigma[0, i]
    # ============================================================

    print 'mu =', mu
    print 'sigma =', sigma
    return X_norm, mu, sigma
