from numpy.linalg import inv


def normal_eqn(X, y):
    theta = inv(X.T.dot(X)).dot(X.T).dot(y)
    return theta
