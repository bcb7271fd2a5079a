"""Anomaly-detection threshold selection (port of ex8 selectThreshold.m)."""
import numpy as np


def select_threshold(yval: np.ndarray, pval: np.ndarray) -> tuple[float, float]:
    """Find the epsilon with the best F1 score on the validation set.

    Args:
        yval: Ground truth, 1 for an anomaly, shape (m,) or (m, 1).
        pval: Densities of the validation examples, same shape as ``yval``.

    Returns:
        (best_epsilon, best_f1)
    """
    yval = np.asarray(yval).ravel()
    pval = np.asarray(pval).ravel()

    best_epsilon = 0.0
    best_f1 = 0.0

    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        predictions = pval < epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        if tp == 0:
            # precision and recall are 0/0 or 0 here: F1 is undefined / zero
            continue

        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)

        if f1 > best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
