"""Anomaly detection threshold selection (ex8)."""
import numpy as np


def select_threshold(yval: np.ndarray, pval: np.ndarray) -> tuple[float, float]:
    """Find the best threshold epsilon for flagging outliers.

    Args:
        yval: ground truth for the cross-validation set (1 = anomaly), shape (m,) or (m, 1).
        pval: density of each cross-validation example under the fitted Gaussian, shape (m,).

    Returns:
        (best_epsilon, best_f1)
    """
    yval = np.asarray(yval).ravel()
    pval = np.asarray(pval).ravel()

    best_epsilon = 0.0
    best_f1 = 0.0

    # 1001 evenly spaced candidate thresholds between min(pval) and max(pval)
    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        predictions = pval <= epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        if tp == 0:
            continue  # precision/recall undefined or zero -> F1 not better

        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)

        if f1 > best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
