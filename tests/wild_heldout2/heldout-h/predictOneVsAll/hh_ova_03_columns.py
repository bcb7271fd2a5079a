import numpy as np
from scipy.special import expit


def predict_one_vs_all(theta: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Pick, for every example, the class whose classifier is most confident.

    Parameters
    ----------
    theta : (n + 1, K) array, one trained classifier per *column*
        (the result of np.column_stack over the per-class optimizations).
    X : (m, n) array of examples, without the intercept column.

    Returns
    -------
    (m,) array of class indices 0..K-1 (class k is the k-th column of theta).
    """
    X1 = np.concatenate([np.ones((X.shape[0], 1)), X], axis=1)
    scores = expit(X1 @ theta)
    return np.argmax(scores, axis=1)
