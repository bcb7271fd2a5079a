import numpy as np

# Exercise 1: linear regression with one variable


def compute_cost(X, y, theta):
    m = y.shape[0]
    predictions = X.dot(theta.flatten())
    sq_errors = (predictions - y) ** 2
    return 1 / (2 * m) * np.sum(sq_errors)


if __name__ == "__main__":
    X = np.c_[np.ones(3), np.arange(3.0)]
    y = np.array([1.0, 2.0, 3.0])
    print(compute_cost(X, y, np.zeros(2)))
