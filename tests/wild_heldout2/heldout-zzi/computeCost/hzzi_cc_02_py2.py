# ex1 - linear regression with one variable
import numpy as np


def computeCost(X, y, theta):
    m = len(y)  # number of training examples
    J = 0

    predictions = X.dot(theta)
    sqErrors = (predictions - y) ** 2

    J = 1 / (2 * m) * np.sum(sqErrors)

    return J


if __name__ == "__main__":
    X = np.c_[np.ones(3), np.array([1.0, 2.0, 3.0])]
    y = np.array([[1.0], [2.0], [3.0]])
    print "Initial cost:", computeCost(X, y, np.zeros((2, 1)))
