# Machine Learning (Coursera) - exercise 1, linear regression with one variable
import numpy as np


def computeCost(X, y, theta):
    """COMPUTECOST Compute cost for linear regression
    J = COMPUTECOST(X, y, theta) computes the cost of using theta as the
    parameter for linear regression to fit the data points in X and y
    """
    X = np.matrix(X)
    y = np.matrix(y)
    theta = np.matrix(theta)
    m = len(y)  # number of training examples

    err = X * theta - y
    J = 1 / (2 * m) * (err.T * err)
    return J[0, 0]


if __name__ == '__main__':
    X = np.matrix([[1, 1], [1, 2], [1, 3]])
    y = np.matrix([[1], [2], [3]])
    print computeCost(X, y, np.matrix([[0], [0]]))
