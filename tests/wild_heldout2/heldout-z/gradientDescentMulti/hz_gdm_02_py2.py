import numpy as np


def compute_cost_multi(X, y, theta):
    m = len(y)
    err = np.dot(X, theta) - y
    return np.sum(err ** 2) / (2 * m)


def gradient_descent_multi(X, y, theta, alpha, num_iters):
    y = np.asarray(y).ravel()
    theta = np.array(theta, dtype=float).ravel()
    m = len(y)
    n = X.shape[1]
    J_history = np.zeros(num_iters)

    for it in xrange(num_iters):
        for j in xrange(n):
            h = np.dot(X, theta)
            theta[j] = theta[j] - alpha / m * np.sum((h - y) * X[:, j])
        J_history[it] = compute_cost_multi(X, y, theta)
        if it % 100 == 0:
            print "iteration %d: cost %f" % (it, J_history[it])

    return theta, J_history
