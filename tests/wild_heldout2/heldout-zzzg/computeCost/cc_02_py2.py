# ex1 - linear regression with one variable
# python 2.7
import numpy as np


def computeCost(X, y, theta):
    m = y.size
    predictions = X.dot(theta)
    sqErrors = (predictions - y) ** 2

    J = 1 / (2 * m) * sqErrors.sum()

    return J


if __name__ == '__main__':
    X = np.array([[1, 1], [1, 2], [1, 3]])
    y = np.array([[1], [2], [3]])
    print computeCost(X, y, np.zeros((2, 1)))
