import numpy as np


def add_intercept(X):
    """Prepend the column of ones."""
    return np.hstack((np.ones((X.shape[0], 1)), X))


def cost(theta, X, y, lmbda):
    """Regularised linear regression cost.

    X is the raw feature matrix (m x n-1), the intercept column is added here.
    theta is the flat parameter vector that scipy.optimize.minimize passes.
    """
    Xb = add_intercept(X)
    m = Xb.shape[0]
    theta = theta.flatten()
    err = Xb.dot(theta) - y.flatten()
    return err.dot(err) / (2 * m) + lmbda / (2. * m) * np.sum(theta[1:] ** 2)


def gradient(theta, X, y, lmbda):
    """Gradient of cost(); same arguments."""
    Xb = add_intercept(X)
    m = Xb.shape[0]
    theta = theta.flatten()
    err = Xb.dot(theta) - y.flatten()
    g = Xb.T.dot(err) / m
    g[1:] = g[1:] + (lmbda / m) * theta[1:]
    return g


if __name__ == "__main__":
    from scipy.optimize import minimize
    rng = np.random.RandomState(0)
    X = rng.randn(12, 1)
    y = 3 * X[:, 0] + 1 + 0.1 * rng.randn(12)
    res = minimize(cost, np.ones(2), args=(X, y, 1.0), jac=gradient, method="CG")
    print(res.x)
