import numpy as np


def computeCostMulti(X, y, theta):
    m = len(y)
    err = X.dot(theta) - y
    return np.sum(err ** 2) / (2.0 * m)


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    m = len(y)
    J_history = np.zeros((num_iters, 1))
    theta = theta.astype(float)

    for it in xrange(num_iters):
        for j in xrange(theta.shape[0]):
            theta[j] = theta[j] - alpha * (1.0 / m) * np.sum((X.dot(theta) - y) * X[:, [j]])
        J_history[it] = computeCostMulti(X, y, theta)

    return theta, J_history


if __name__ == '__main__':
    X = np.c_[np.ones(4), np.arange(4.0), np.arange(4.0) ** 2]
    y = np.array([[1.0], [2.0], [2.5], [4.0]])
    theta, J_history = gradientDescentMulti(X, y, np.zeros((3, 1)), 0.01, 10)
    print theta
