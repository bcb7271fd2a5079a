"""Normal equation for linear regression (port of normalEqn.m)."""
import numpy as np


def normal_eqn(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Solve for theta in closed form.

    Computes ``theta = (X^T X)^{-1} X^T y``.

    Args:
        X: Design matrix of shape (m, n) including the intercept column.
        y: Targets of shape (m,) or (m, 1).

    Returns:
        The parameter vector theta with the same trailing shape as ``y``.
    """
    XtX = X.T @ X
    theta = np.linalg.inv(XtX) @ X.T @ y
    return theta
