import numpy as np


def select_threshold(yval: np.ndarray, pval: np.ndarray) -> tuple[float, float]:
    """Find the best threshold (epsilon) for flagging anomalies.

    Tries 1001 evenly spaced thresholds between min(pval) and max(pval)
    (MATLAB: min(pval):stepsize:max(pval)) and keeps the first one with the
    highest F1 score on the cross-validation set.

    Args:
        yval: Ground truth, 1 for an anomaly, 0 otherwise; shape (m,) or (m, 1).
        pval: Density of every cross-validation example; shape (m,) or (m, 1).

    Returns:
        (best_epsilon, best_f1)
    """
    yval = np.asarray(yval).ravel()
    pval = np.asarray(pval).ravel()

    best_epsilon = 0.0
    best_f1 = 0.0

    p_min, p_max = pval.min(), pval.max()
    stepsize = (p_max - p_min) / 1000

    for i in range(1001):
        epsilon = p_min + i * stepsize

        predictions = pval <= epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        if tp == 0:
            # precision/recall undefined or zero -> F1 cannot beat the best
            continue

        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)

        if f1 > best_f1:
            best_f1 = f1
            best_epsilon = epsilon

    return best_epsilon, best_f1
