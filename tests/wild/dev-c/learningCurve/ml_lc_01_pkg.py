import numpy as np

from ex5lib.linreg import linear_reg_cost_function, train_linear_reg


def learning_curve(X, y, Xval, yval, lambda_):
    """Train/validation error for training sets of size 1..m.

    X, Xval include the bias column. Errors are measured without
    regularisation (lambda = 0); lambda_ is only used for training.
    """
    m = X.shape[0]
    error_train = np.zeros(m)
    error_val = np.zeros(m)

    for i in range(1, m + 1):
        theta = train_linear_reg(X[:i, :], y[:i], lambda_)
        error_train[i - 1], _ = linear_reg_cost_function(X[:i, :], y[:i], theta, 0)
        error_val[i - 1], _ = linear_reg_cost_function(Xval, yval, theta, 0)

    return error_train, error_val
