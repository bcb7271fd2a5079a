import numpy as np


def computeCostMulti(X, y, theta):
    # J = 1/(2m) * sum_{i=1}^{m} (h(x_i) - y_i)^2
    m = y.shape[0]
    X = np.asarray(X)
    theta = np.asarray(theta).flatten()
    y = np.asarray(y).flatten()
    total = 0.0
    for i in range(1, m):
        h_i = np.dot(X[i, :], theta)
        total += (h_i - y[i]) ** 2
    J = total / (2.0 * m)
    return J
