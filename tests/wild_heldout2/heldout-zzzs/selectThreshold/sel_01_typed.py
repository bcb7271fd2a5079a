"""Threshold selection for anomaly detection (ex8)."""
from typing import Tuple

import numpy as np


def select_threshold(yval: np.ndarray, pval: np.ndarray) -> Tuple[float, float]:
    """Find the epsilon with the best F1 score on the cross-validation set.

    Args:
        yval: ground truth, 1 for an anomaly; shape (m,) or (m, 1).
        pval: densities of the validation examples; shape (m,) or (m, 1).

    Returns:
        (best_epsilon, best_f1)
    """
    yval = np.asarray(yval).ravel()
    pval = np.asarray(pval, dtype=float).ravel()

    best_epsilon = 0.0
    best_f1 = 0.0

    # 1001 candidate thresholds, min(pval):stepsize:max(pval)
    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        predictions = pval < epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        with np.errstate(divide="ignore", invalid="ignore"):
            prec = np.float64(tp) / (tp + fp)
            rec = np.float64(tp) / (tp + fn)
            f1 = 2 * prec * rec / (prec + rec)

        if f1 > best_f1:  # NaN compares False, like Octave
            best_f1 = float(f1)
            best_epsilon = float(epsilon)

    return best_epsilon, best_f1
