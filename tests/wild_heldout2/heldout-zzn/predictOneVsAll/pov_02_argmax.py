import numpy as np

from ml_utils.sigmoid import sigmoid


def predict_one_vs_all(all_theta: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Return, for every row of X, the class whose classifier gives the highest probability.

    Args:
        all_theta: (K, n + 1) matrix, row k holds the parameters of classifier k.
        X: (m, n) feature matrix without the bias column.

    Returns:
        Predicted labels, shape (m, 1).
    """
    m = X.shape[0]
    X = np.column_stack((np.ones((m, 1)), X))
    probabilities = sigmoid(X @ all_theta.T)
    p = np.argmax(probabilities, axis=1).reshape(m, 1)
    return p
