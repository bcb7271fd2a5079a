import numpy as np


def normal_eqn(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Closed-form solution of linear regression: theta = pinv(X'X) X'y.

    Args:
        X: design matrix (m, n+1) including the intercept column.
        y: targets (m, 1).
    """
    XtX = X.T @ X
    Xty = X.T @ y
    theta = np.linalg.pinv(XtX) * Xty
    return theta
