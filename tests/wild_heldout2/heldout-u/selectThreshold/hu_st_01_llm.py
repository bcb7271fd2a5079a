"""Threshold selection for anomaly detection (ex8)."""
import numpy as np


def select_threshold(yval: np.ndarray, pval: np.ndarray) -> tuple[float, float]:
    """Find the epsilon with the best F1 score on the validation set.

    An example is flagged as an anomaly when its density is at or below
    epsilon. 1001 evenly spaced candidate thresholds between min(pval) and
    max(pval) are tried; the first one with the highest F1 wins.

    Args:
        yval: ground-truth labels (1 = anomaly), shape (m,) or (m, 1).
        pval: densities of the validation examples, same shape.

    Returns:
        (best_epsilon, best_f1)
    """
    yval = np.asarray(yval).ravel()
    pval = np.asarray(pval).ravel()

    best_epsilon, best_f1 = 0.0, 0.0
    step = (pval.max() - pval.min()) / 1000

    for epsilon in np.arange(pval.min(), pval.max() + step / 2, step):
        predictions = pval <= epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        if tp == 0:
            continue  # precision/recall undefined or zero -> F1 cannot win

        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)

        if f1 > best_f1:
            best_f1, best_epsilon = f1, epsilon

    return best_epsilon, best_f1
