import numpy as np


def normal_eqn(X: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Closed-form solution of linear regression: theta = (X^T X)^-1 X^T y."""
    XtX = X.T @ X
    theta = np.linalg.inv(XtX) @ X.T @ y
    return theta
