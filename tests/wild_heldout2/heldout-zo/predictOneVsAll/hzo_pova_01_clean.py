import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def predict_one_vs_all(all_theta: np.ndarray, X: np.ndarray) -> np.ndarray:
    """Predict labels with a trained one-vs-all classifier.

    Args:
        all_theta: (K, n + 1) matrix; row k holds the parameters of the
            classifier for label k + 1.
        X: (m, n) feature matrix, without the intercept column.

    Returns:
        (m,) array of predicted labels in 1..K.
    """
    m = X.shape[0]
    X_bias = np.hstack([np.ones((m, 1)), X])
    probs = sigmoid(X_bias @ all_theta.T)
    # np.argmax is 0-based; labels are 1-based as in the MATLAB version
    return np.argmax(probs, axis=1) + 1
