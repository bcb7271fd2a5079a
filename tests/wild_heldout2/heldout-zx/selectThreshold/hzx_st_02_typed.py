"""Anomaly detection threshold selection (ex8)."""
import numpy as np


def select_threshold(yval: np.ndarray, pval: np.ndarray) -> tuple:
    """Find the epsilon that maximises F1 on the cross-validation set.

    Tries 1001 evenly spaced thresholds between min(pval) and max(pval);
    an example is flagged as an anomaly when pval < epsilon.
    """
    yval = np.asarray(yval).ravel()
    pval = np.asarray(pval, dtype=float).ravel()

    best_epsilon, best_f1 = 0.0, 0.0
    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        predictions = pval < epsilon
        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        with np.errstate(divide="ignore", invalid="ignore"):
            precision = tp / (tp + fp)
            recall = tp / (tp + fn)
            f1 = 2 * precision * recall / (precision + recall)

        if f1 >= best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
