import numpy as np


def compute_cost_multi(X, y, theta):
    """J = (X theta - y)'(X theta - y) / (2m); X already has the ones column."""
    m = len(y)
    err = X.dot(theta).reshape(-1) - y.reshape(-1)
    return err.dot(err) / (2 * m)
