import numpy as np

def computeCost(X, y, theta):
    """
    J = computeCost(X, y, theta) computes the cost of using theta as the
    parameter for linear regression to fit the data points in X and y
    """
    m = len(y)
    y = y.flatten()  # data.iloc[:, 1] / data[:, 1] style target
    predictions = X.dot(theta)
    sq_errors = (predictions - y) ** 2
    J = 1.0 / (2 * m) * np.sum(sq_errors)
    return J
