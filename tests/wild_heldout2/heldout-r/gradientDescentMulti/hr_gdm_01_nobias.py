import numpy as np


def gradientDescentMulti(X, y, theta, alpha, num_iters):
    '''
    Batch gradient descent for multivariate linear regression.
    X: (m, n) normalised features WITHOUT the intercept column, a column of
       ones is added here.
    theta: (n + 1, 1) initial parameters, theta[0] is the intercept.
    '''
    m = y.shape[0]
    X = np.concatenate([np.ones((m, 1)), X], axis=1)
    J_history = np.zeros((num_iters, 1))

    for i in range(num_iters):
        h = np.dot(X, theta)
        theta = theta - alpha / m * np.dot(X.T, h - y)
        J_history[i] = np.dot((np.dot(X, theta) - y).T, np.dot(X, theta) - y) / (2 * m)

    return theta, J_history
