import numpy as np


def normalEqn(X, y):
    """Closed-form solution. X is the raw feature matrix, the intercept column is added here."""
    m = X.shape[0]
    X = np.matrix(np.column_stack((np.ones(m), X)))
    y = np.matrix(y).reshape(m, 1)

    theta = np.linalg.pinv(X.T * X) * X.T * y
    return theta
