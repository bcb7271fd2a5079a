"""Threshold selection for anomaly detection (ex8)."""
from typing import Tuple

import numpy as np


def select_threshold(yval: np.ndarray, pval: np.ndarray) -> Tuple[float, float]:
    """Find the epsilon that maximises the F1 score on the validation set.

    Args:
        yval: ground truth, 1 for an anomaly and 0 otherwise.
        pval: density of each validation example.

    Returns:
        (best_epsilon, best_f1)
    """
    yval = np.asarray(yval).ravel()
    pval = np.asarray(pval).ravel()

    best_epsilon, best_f1 = 0.0, 0.0
    step = (pval.max() - pval.min()) / 1000

    for epsilon in np.arange(pval.min(), pval.max(), step):
        preds = pval <= epsilon

        tp = np.sum(preds & (yval == 1))
        fp = np.sum(preds & (yval == 0))
        fn = np.sum(~preds & (yval == 1))

        if tp == 0:
            continue  # precision/recall undefined or zero

        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)

        if f1 > best_f1:
            best_f1, best_epsilon = f1, epsilon

    return best_epsilon, best_f1
