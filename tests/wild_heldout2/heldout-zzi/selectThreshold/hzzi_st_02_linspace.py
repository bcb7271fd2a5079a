import numpy as np


def select_threshold(yval, pval):
    """Find the best threshold epsilon for flagging anomalies (pval < epsilon).

    Returns (best_epsilon, best_f1).
    """
    pval = np.asarray(pval).ravel()
    best_epsilon, best_f1 = 0.0, 0.0

    for epsilon in np.linspace(pval.min(), pval.max(), 1001):
        predictions = pval < epsilon

        tp = np.sum(predictions & (yval == 1))
        fp = np.sum(predictions & (yval == 0))
        fn = np.sum(~predictions & (yval == 1))

        if tp == 0:
            continue
        precision = tp / (tp + fp)
        recall = tp / (tp + fn)
        f1 = 2 * precision * recall / (precision + recall)

        if f1 > best_f1:
            best_f1, best_epsilon = f1, epsilon

    return best_epsilon, best_f1
