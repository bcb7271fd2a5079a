import numpy as np


def computeCost(X, y, theta):
    # Compute cost for linear regression
    # X is (m, 2) with the column of ones already added, y is (m, 1), theta is (2, 1)
    m = len(y)
    h = X.dot(theta)
    J = np.sum((h - y) ** 2) / (2 * m)
    return J


if __name__ == "__main__":
    X = np.array([[1, 1], [1, 2], [1, 3]], dtype=float)
    y = np.array([[1], [2], [3]], dtype=float)
    print(computeCost(X, y, np.zeros((2, 1))))  # expect 2.333
