import numpy as np


def poly_features(X: np.ndarray, p: int) -> np.ndarray:
    """
    Maps a single feature into polynomial features of degree p.

    MATLAB equivalent:
        for j = 1:p
            X_poly(:, j) = X .^ j;
        end

    Parameters
    ----------
    X : np.ndarray
        Input vector of shape (m,) or (m, 1).
    p : int
        Maximum polynomial degree.

    Returns
    -------
    np.ndarray
        Matrix of shape (m, p) where column j holds X raised to the power j.
    """
    X = X.reshape(-1)
    m = X.shape[0]
    X_poly = np.zeros((m, p))

    for j in range(p):
        X_poly[:, j] = X ** j

    return X_poly
