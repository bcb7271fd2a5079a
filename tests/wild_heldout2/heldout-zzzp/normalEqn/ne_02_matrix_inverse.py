from numpy import matrix, asarray


def normalEqn(X, y):
    X = matrix(X)
    y = matrix(y)
    if y.shape[0] == 1:
        y = y.T
    theta = (X.T * X).I * X.T * y
    return asarray(theta)
