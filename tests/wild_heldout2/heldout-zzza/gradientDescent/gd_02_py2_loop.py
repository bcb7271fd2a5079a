import numpy as np


def computeCost(X, y, theta):
    m = len(y)
    J = np.sum((X.dot(theta) - y) ** 2) / m
    return J


def gradientDescent(X, y, theta, alpha, num_iters):
    y = y.ravel()
    theta = theta.ravel().copy()
    m = len(y)
    J_history = np.zeros(num_iters)

    for it in xrange(num_iters):
        for j in xrange(len(theta)):
            theta[j] = theta[j] - alpha * (1.0 / m) * np.sum((X.dot(theta) - y) * X[:, j])
        J_history[it] = computeCost(X, y, theta)

    return theta, J_history


if __name__ == "__main__":
    X = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
    y = np.array([1.0, 2.0, 3.0])
    theta, J = gradientDescent(X, y, np.zeros(2), 0.1, 10)
    print "theta:", theta
