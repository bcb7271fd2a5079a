import numpy as np
from numpy.linalg import norm


def computeCost(X, y, theta):
    m = len(y)
    return norm(X @ theta - y) ** 2 / (2 * m)


def gradientDescent(X, y, theta, alpha, num_iters):
    # GRADIENTDESCENT Performs gradient descent to learn theta
    #   theta = GRADIENTDESCENT(X, y, theta, alpha, num_iters) updates theta by
    #   taking num_iters gradient steps with learning rate alpha
    m = len(y)
    J_history = np.zeros(num_iters)

    for it in range(num_iters):
        delta = X.T @ (X @ theta - y) / m
        theta -= alpha * delta
        J_history[it] = computeCost(X, y, theta)

    return theta, J_history
