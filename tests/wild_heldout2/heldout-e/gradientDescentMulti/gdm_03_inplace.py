import numpy as np
from numpy import dot


def computeCostMulti(X, y, theta):
    m = len(y)
    d = dot(X, theta) - y
    return dot(d.T, d) / (2 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros((num_iters, 1))
    for it in range(num_iters):
        J_history[it] = computeCostMulti(X, y, theta)
        theta -= alpha / m * dot(X.T, dot(X, theta) - y)
    return theta, J_history
