import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def predict_one_vs_all(all_theta: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict labels with a set of one-vs-all logistic regression classifiers.

    Parameters
    ----------
    all_theta : np.ndarray, shape (K, n + 1)
        Row k holds the parameters of the classifier for label k + 1,
        intercept first.
    X : np.ndarray, shape (m, n)
        Examples, without the bias column.

    Returns
    -------
    np.ndarray, shape (m,)
        Predicted labels in 1..K (ties resolved to the lowest label).
    """
    m = X.shape[0]
    X_bias = np.hstack([X, np.ones((m, 1))])
    probs = _sigmoid(X_bias @ all_theta.T)
    return np.argmax(probs, axis=1) + 1
